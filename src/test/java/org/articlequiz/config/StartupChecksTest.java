package org.articlequiz.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11, low: "admin token strength checked and demo-only behaviour gated on demo mode". */
class StartupChecksTest {
    private static Settings settings(boolean demo, String adminToken, String seeds) {
        Settings settings = new Settings();
        settings.demo = demo;
        settings.adminToken = Optional.ofNullable(adminToken);
        settings.seedsDirectory = Optional.ofNullable(seeds);
        return settings;
    }

    @Test
    void adminTokenStrengthIsCheckedAtStartup() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> StartupChecks.check(settings(false, "admin", null)));
        assertTrue(refused.getMessage().contains("ARTICLEQUIZ_ADMIN_TOKEN has 5 characters"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> StartupChecks.check(settings(false, "a".repeat(40), null)));
        assertDoesNotThrow(() -> StartupChecks.check(settings(false, "q3Jx9vKf0ZbT7mWc2Lr8YpN5sHdE1uGa4iOkVtQe6w=", null)));
        assertDoesNotThrow(() -> StartupChecks.check(settings(false, null, null)), "no token: only LTI administrators");
        assertDoesNotThrow(() -> StartupChecks.check(settings(true, "it-admin-token", null)), "demo mode on one machine");
    }

    @Test
    void demoOnlyBehaviourIsGatedOnDemoMode() {
        assertEquals(Optional.empty(), settings(false, null, "/srv/seeds").seedsDirectory(),
                "seed articles (open to every course) are loaded in demo mode only");
        assertEquals(Optional.of("/srv/seeds"), settings(true, null, "/srv/seeds").seedsDirectory());
    }
}
