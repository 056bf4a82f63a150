package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.articlequiz.lti.ags.GradeTarget;
import org.articlequiz.lti.ags.GradeTargets;
import org.articlequiz.lti.platform.PlatformId;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

@ApplicationScoped
public class JpaGradeTargets implements GradeTargets {
    @PersistenceContext
    EntityManager em;

    @Override
    public void remember(GradeTarget t) {
        em.createNativeQuery("insert into lti_grade_target (user_id, quiz_id, platform_id, deployment_id, subject, "
                        + "resource_link_id, line_items_url, line_item_url, scopes, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now()) on conflict (user_id, quiz_id) do update set "
                        + "platform_id = excluded.platform_id, deployment_id = excluded.deployment_id, subject = excluded.subject, "
                        + "resource_link_id = excluded.resource_link_id, line_items_url = excluded.line_items_url, "
                        + "line_item_url = excluded.line_item_url, scopes = excluded.scopes, updated_at = now()")
                .setParameter(1, t.user().value()).setParameter(2, t.quiz().value()).setParameter(3, t.platform().value())
                .setParameter(4, t.deploymentId()).setParameter(5, t.subject()).setParameter(6, t.resourceLinkId())
                .setParameter(7, t.lineItems() == null ? null : t.lineItems().toString())
                .setParameter(8, t.lineItem() == null ? null : t.lineItem().toString())
                .setParameter(9, String.join(" ", t.scopes())).executeUpdate();
    }

    @Override
    public Optional<GradeTarget> find(QuizId quiz, UserId user) {
        List<?> rows = em.createNativeQuery("select platform_id, deployment_id, subject, resource_link_id, line_items_url, "
                        + "line_item_url, scopes from lti_grade_target where quiz_id = ?1 and user_id = ?2")
                .setParameter(1, quiz.value()).setParameter(2, user.value()).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            Set<String> scopes = Arrays.stream(((String) row[6]).split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
            return new GradeTarget(user, quiz, new PlatformId(((Number) row[0]).longValue()), (String) row[1], (String) row[2],
                    (String) row[3], row[4] == null ? null : URI.create((String) row[4]),
                    row[5] == null ? null : URI.create((String) row[5]), scopes);
        });
    }
}
