package org.articlequiz.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
        // Insert-if-absent first: two first requests at once must not both create a deck (the unique key decides).
        em.createNativeQuery("insert into practice_deck (quiz_id, user_id) values (?1, ?2) on conflict (quiz_id, user_id) do nothing")
                .setParameter(1, quiz.value()).setParameter(2, student.value()).executeUpdate();
        return em.createQuery("select d from PracticeDeck d where d.quizId = :quiz and d.userId = :user", PracticeDeck.class)
                .setParameter("quiz", quiz.value()).setParameter("user", student.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }
}
