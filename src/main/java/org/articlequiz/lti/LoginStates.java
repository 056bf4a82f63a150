package org.articlequiz.lti;

import java.util.Optional;

/** Login states between login initiation and launch. */
public interface LoginStates {
    void add(LoginState state);

    /** Reads a state without using it up (to choose how to find the browser's secret). */
    Optional<LoginState> find(String state);

    /**
     * Removes and returns the state, atomically: of two launches racing with the same state, on any number of
     * server nodes, exactly one gets it.
     */
    Optional<LoginState> consume(String state);

    /** Deletes states that expired before {@code now}; returns how many. */
    int purgeExpired(java.time.Instant now);
}
