package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.articlequiz.practice.PracticeDeck;
import org.articlequiz.practice.PracticeDecks;
import org.articlequiz.quiz.QuizId;
import org.articlequiz.user.UserId;

@ApplicationScoped
class JpaPracticeDecks implements PracticeDecks {
    @PersistenceContext
    EntityManager em;

    @Override
    public PracticeDeck open(QuizId quiz, UserId student) {
        // Every practice request after the first finds the deck at once; only the first inserts it, if absent, so
        // that two first requests at once cannot both create one (the unique key decides).
        return locked(quiz, student).orElseGet(() -> {
            em.createNativeQuery("insert into practice_deck (quiz_id, user_id) values (?1, ?2) on conflict (quiz_id, user_id) do nothing")
                    .setParameter(1, quiz.value()).setParameter(2, student.value()).executeUpdate();
            return locked(quiz, student).orElseThrow();
        });
    }

    private Optional<PracticeDeck> locked(QuizId quiz, UserId student) {
        return em.createQuery("select d from PracticeDeck d where d.quizId = :quiz and d.userId = :user", PracticeDeck.class)
                .setParameter("quiz", quiz.value()).setParameter("user", student.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
