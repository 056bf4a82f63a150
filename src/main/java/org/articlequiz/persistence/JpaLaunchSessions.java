package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.articlequiz.config.Settings;
import org.articlequiz.lti.Caller;
import org.articlequiz.lti.LaunchSessions;
import org.articlequiz.lti.Role;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

/**
 * Launch sessions in PostgreSQL, so any server node can check a token, with a small in-memory cache in front:
 * every save of an answer authenticates, and a database round trip per save would halve throughput.
 */
@ApplicationScoped
class JpaLaunchSessions implements LaunchSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int CACHE_LIMIT = 50_000;
    /**
     * How long a node trusts a session it read without reading it again: a session revoked on another node (or by
     * the admin in the database) stops working everywhere within this time, while saves still rarely pay a read.
     */
    static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(60);

    private record Cached(Caller caller, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Settings settings;

    @Override
    @Transactional
    public String open(UserId user, Set<Role> roles, String contextId, QuizId quiz) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        em.createNativeQuery("""
                        insert into launch_session (token_hash, user_id, roles, context_id, quiz_id, created_at, expires_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, hash(token)).setParameter(2, user.value())
                .setParameter(3, roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .setParameter(4, contextId).setParameter(5, quiz == null ? null : quiz.value())
                .setParameter(6, now).setParameter(7, now.plus(settings.sessionLength()))
                .executeUpdate();
        return token;
    }

    /** Not transactional: a cache hit (almost every request) must not pay for a transaction; a miss reads only. */
    @Override
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(token);
        Cached cached = cache.get(hash);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return Optional.of(cached.caller());
        }
        // the registration is the user's (issue 11), so sessions opened before users belonged to one keep working
        List<Object[]> rows = em.createNativeQuery("""
                        select s.user_id, s.roles, s.context_id, s.quiz_id, s.expires_at, u.platform_id
                          from launch_session s join app_user u on u.id = s.user_id
                         where s.token_hash = ?1 and s.expires_at > ?2""", Object[].class)
                .setParameter(1, hash).setParameter(2, now).getResultList();
        if (rows.isEmpty()) {
            cache.remove(hash);
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(((String) row[1]).split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        Caller caller = new Caller(new UserId(((Number) row[0]).longValue()), roles, (String) row[2],
                row[3] == null ? null : new QuizId(((Number) row[3]).longValue()),
                row[5] == null ? null : new PlatformId(((Number) row[5]).longValue()));
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        Instant expiresAt = toInstant(row[4]);
        Instant recheckAt = now.plus(RECHECK);
        cache.put(hash, new Cached(caller, expiresAt.isBefore(recheckAt) ? expiresAt : recheckAt));
        return Optional.of(caller);
    }

    @Override
    @Transactional
    public void revoke(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return;
        }
        String hash = hash(token);
        cache.remove(hash);
        em.createNativeQuery("delete from launch_session where token_hash = ?1").setParameter(1, hash).executeUpdate();
    }

    @Override
    @Transactional
    public int purgeExpired(Instant now) {
        cache.values().removeIf(c -> !now.isBefore(c.expiresAt()));
        return em.createNativeQuery("delete from launch_session where expires_at <= ?1").setParameter(1, now).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
