package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.articlequiz.lti.ags.GradebookColumns;

@ApplicationScoped
public class JpaGradebookColumns implements GradebookColumns {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<URI> recorded(Key key) {
        List<String> rows = em.createNativeQuery("""
                        select line_item_url from lti_line_item
                         where line_items_url = ?1 and resource_id = ?2 and resource_link_id = ?3 and line_item_url is not null""",
                        String.class)
                .setParameter(1, key.container().toString()).setParameter(2, key.resourceId()).setParameter(3, key.resourceLinkId())
                .getResultList();
        return rows.stream().findFirst().map(URI::create);
    }

    /**
     * The primary key makes the claim exclusive: of two nodes inserting at once, the second waits for the first's
     * commit and then takes the conflict branch, whose condition (nothing recorded, the claim expired) is false.
     * Parameters: container, resource id, resource link id, owner, claim end, now. One row changed: claimed.
     */
    static final String CLAIM = """
            insert into lti_line_item (line_items_url, resource_id, resource_link_id, creating_owner, creating_until)
            values (?1, ?2, ?3, ?4, ?5)
            on conflict (line_items_url, resource_id, resource_link_id) do update
               set creating_owner = excluded.creating_owner, creating_until = excluded.creating_until
             where lti_line_item.line_item_url is null and lti_line_item.creating_until <= ?6""";

    @Override
    public boolean claim(Key key, String owner, Instant now, Instant until) {
        return em.createNativeQuery(CLAIM)
                .setParameter(1, key.container().toString()).setParameter(2, key.resourceId()).setParameter(3, key.resourceLinkId())
                .setParameter(4, owner).setParameter(5, until).setParameter(6, now).executeUpdate() == 1;
    }

    @Override
    public void record(Key key, URI lineItem) {
        em.createNativeQuery("""
                        insert into lti_line_item (line_items_url, resource_id, resource_link_id, line_item_url)
                        values (?1, ?2, ?3, ?4)
                        on conflict (line_items_url, resource_id, resource_link_id) do update
                           set line_item_url = excluded.line_item_url, creating_owner = null, creating_until = null""")
                .setParameter(1, key.container().toString()).setParameter(2, key.resourceId()).setParameter(3, key.resourceLinkId())
                .setParameter(4, lineItem.toString()).executeUpdate();
    }
}
