package org.articlequiz.lti.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;
import org.articlequiz.DomainException;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.InMemoryPlatforms;
import org.junit.jupiter.api.Test;

/** Registrations an admin adds: where they may point (issue 11, SSRF). */
class RegistrationServiceTest {
    private final InMemoryPlatforms platforms = new InMemoryPlatforms();

    private RegistrationService service(boolean demo) {
        RegistrationService service = new RegistrationService();
        service.platforms = platforms;
        service.clock = Clock.systemUTC();
        try {
            Field settings = RegistrationService.class.getDeclaredField("settings");
            settings.setAccessible(true);
            settings.set(service, new Settings() {
                @Override
                public boolean demo() {
                    return demo;
                }
            });
        } catch (ReflectiveOperationException e) {
            // a service that reads no settings: then it checks nothing, and the test says so
        }
        return service;
    }

    private static Registration pointingAt(String client, String url) {
        return new Registration("https://lms.example.edu", client, "LMS", "https://lms.example.edu/auth", url + "/token",
                url + "/jwks", null, null, List.of("1"));
    }

    @Test
    void loopbackAndPrivateAddressesAreAllowedOnlyInDemoMode() {
        RegistrationService production = service(false);
        for (String internal : List.of("http://127.0.0.1:9", "https://localhost", "https://10.1.2.3", "https://192.168.0.10",
                "https://169.254.169.254", "https://[::1]")) {
            DomainException refused = assertThrows(DomainException.class, () -> production.add(pointingAt("c", internal)), internal);
            assertEquals("private-address", refused.slug(), internal);
        }
        assertEquals(List.of(), platforms.findAll());
        service(true).add(pointingAt("sandbox", "http://127.0.0.1:9001"));
        assertEquals(1, platforms.findAll().size());
    }
}
