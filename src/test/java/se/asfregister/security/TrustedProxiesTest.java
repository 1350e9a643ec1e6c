package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Quarkus reads a trusted proxy that is not written as a CIDR range as a host name when it does
 * not parse as host and port: a bare {@code ::1} became the name ":" port 1, and every request
 * waited on a DNS lookup that, with no name server, took 5 s each time its cache ran out.
 */
@QuarkusTest
class TrustedProxiesTest {

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    List<String> trustedProxies;

    @Test
    void everyTrustedProxyIsAnAddressRangeSoNoRequestWaitsOnDns() {
        assertFalse(trustedProxies.isEmpty(), "the tests play callers behind a trusted proxy");
        for (String proxy : trustedProxies) {
            assertTrue(proxy.matches("[0-9a-fA-F.:]+/\\d{1,3}"), proxy + " is not written as a CIDR range");
        }
    }
}
