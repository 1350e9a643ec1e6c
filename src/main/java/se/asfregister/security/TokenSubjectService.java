package se.asfregister.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.Preconditions;

/** The companies admins bind bearer-token subjects to ({@link TokenSubject}). */
@ApplicationScoped
public class TokenSubjectService {

    @Inject
    KnownCompanies known;

    public static final Map<String, String> SORTABLE = Map.of("subject", "subject");

    /** What {@code PUT} answers: the binding, and whether it was created by the request. */
    public record Written(TokenSubjectResponse binding, boolean created) {
    }

    public record TokenSubjectResponse(String subject, List<Long> companyIds, long version) {

        static TokenSubjectResponse of(TokenSubject s) {
            return new TokenSubjectResponse(s.subject, s.companyIds.stream().sorted().toList(), s.version);
        }
    }

    public Paged<TokenSubjectResponse> list(PageRequest page) {
        var query = TokenSubject.<TokenSubject>findAll(page.panacheSort()).page(page.panachePage());
        return Paged.of(query.list(), page, query::count, TokenSubjectResponse::of);
    }

    public TokenSubjectResponse get(String subject) {
        return TokenSubjectResponse.of(find(subject));
    }

    /** Binds {@code subject} to exactly {@code companyIds}; If-Match guards a replacement, and fails a creation. */
    @Transactional
    public Written put(String subject, Set<Long> companyIds, String ifMatch) {
        Set<Long> ids = checkCompanies(companyIds);
        TokenSubject s = TokenSubject.findById(subject);
        boolean created = s == null;
        if (created) {
            Preconditions.checkNothingToMatch(ifMatch, "Subject " + subject + " is bound to no company yet");
            s = new TokenSubject();
            s.subject = subject;
            s.companyIds.addAll(ids);
            s.persist();
        } else {
            ExpectedVersion.ofIfMatch(ifMatch).check(s.version);
            if (!s.companyIds.equals(ids)) {
                s.companyIds.clear();
                s.companyIds.addAll(ids);
            }
        }
        TokenSubject.flush();
        return new Written(TokenSubjectResponse.of(s), created);
    }

    @Transactional
    public void delete(String subject, String ifMatch) {
        TokenSubject s = find(subject);
        ExpectedVersion.ofIfMatch(ifMatch).check(s.version);
        s.delete();
    }

    private Set<Long> checkCompanies(Set<Long> companyIds) {
        Set<Long> ids = new TreeSet<>(companyIds);
        if (ids.isEmpty()) {
            throw ApiException.invalid("companyIds", "bind the subject to at least one company, or delete the binding");
        }
        known.requireAll(ids);
        return ids;
    }

    private static TokenSubject find(String subject) {
        TokenSubject s = TokenSubject.findById(subject);
        if (s == null) {
            throw ApiException.notFound("TokenSubject", subject);
        }
        return s;
    }
}
