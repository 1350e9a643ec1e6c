-- OpenID Connect (docs/security.md, "Single sign-on"): the companies an admin bound a token's
-- subject to. No cascade from company: a company a subject is bound to cannot be deleted (409).
CREATE TABLE token_subject (
    subject  VARCHAR(255) PRIMARY KEY,
    version  BIGINT       NOT NULL
);

CREATE TABLE token_subject_company (
    subject     VARCHAR(255) NOT NULL REFERENCES token_subject(subject) ON DELETE CASCADE,
    company_id  BIGINT       NOT NULL REFERENCES company(id),
    PRIMARY KEY (subject, company_id)
);
CREATE INDEX ix_token_subject_company_company ON token_subject_company(company_id);

-- The audit trail names a token caller by its subject, and a binding by it: subjects may be
-- longer than local user names.
ALTER TABLE audit_event ALTER COLUMN username SET DATA TYPE VARCHAR(255);
ALTER TABLE audit_event ALTER COLUMN entity_id SET DATA TYPE VARCHAR(255);
