package org.articlequiz.lti;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.articlequiz.lti.platform.Platform;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.lti.platform.Platforms;

/** Registrations in a list; ids given as the database would. */
public final class InMemoryPlatforms implements Platforms {
    private final List<Platform> all = new ArrayList<>();

    @Override
    public Optional<Platform> find(PlatformId id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Platform> find(String issuer, String clientId) {
        return all.stream().filter(p -> p.issuer().equals(issuer) && p.clientId().equals(clientId)).findFirst();
    }

    @Override
    public List<Platform> findByIssuer(String issuer) {
        return all.stream().filter(p -> p.issuer().equals(issuer)).toList();
    }

    @Override
    public List<Platform> findAll() {
        return List.copyOf(all);
    }

    @Override
    public void add(Platform platform) {
        try {
            Field id = Platform.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(platform, (long) all.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        all.add(platform);
    }
}
