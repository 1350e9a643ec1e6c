package se.asfregister.security;

/**
 * Which companies exist, for binding reporters to them. The company register implements it,
 * so that users can name companies without this package importing the register.
 */
public interface KnownCompanies {

    boolean exists(long companyId);
}
