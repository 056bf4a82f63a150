package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.articlequiz.lti.LtiLinks;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.QuizId;

@ApplicationScoped
public class JpaLtiLinks implements LtiLinks {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<QuizId> quizOf(PlatformId platform, String deploymentId, String resourceLinkId) {
        if (resourceLinkId == null) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("select quiz_id from lti_resource_link where platform_id = ?1 "
                        + "and deployment_id = ?2 and resource_link_id = ?3")
                .setParameter(1, platform.value()).setParameter(2, deploymentId).setParameter(3, resourceLinkId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new QuizId(((Number) r).longValue()));
    }

    @Override
    public void bind(PlatformId platform, String deploymentId, String contextId, String resourceLinkId, QuizId quiz) {
        if (resourceLinkId == null) {
            return;
        }
        em.createNativeQuery("insert into lti_resource_link (platform_id, deployment_id, resource_link_id, context_id, "
                        + "quiz_id, updated_at) values (?1, ?2, ?3, ?4, ?5, now()) on conflict (platform_id, deployment_id, "
                        + "resource_link_id) do update set quiz_id = excluded.quiz_id, context_id = excluded.context_id, "
                        + "updated_at = now()")
                .setParameter(1, platform.value()).setParameter(2, deploymentId).setParameter(3, resourceLinkId)
                .setParameter(4, contextId).setParameter(5, quiz.value()).executeUpdate();
    }

    @Override
    public Optional<Tenant> tenantOf(QuizId quiz) {
        List<?> rows = em.createNativeQuery("select platform_id, deployment_id from lti_quiz_tenant where quiz_id = ?1")
                .setParameter(1, quiz.value()).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new Tenant(new PlatformId(((Number) row[0]).longValue()), (String) row[1]);
        });
    }

    /** Insert-if-absent, then read: two tenants racing for one quiz both learn which one won. */
    @Override
    public Tenant claim(QuizId quiz, Tenant tenant) {
        em.createNativeQuery("insert into lti_quiz_tenant (quiz_id, platform_id, deployment_id) values (?1, ?2, ?3) "
                        + "on conflict (quiz_id) do nothing")
                .setParameter(1, quiz.value()).setParameter(2, tenant.platform().value()).setParameter(3, tenant.deploymentId())
                .executeUpdate();
        return tenantOf(quiz).orElse(tenant);
    }
}
