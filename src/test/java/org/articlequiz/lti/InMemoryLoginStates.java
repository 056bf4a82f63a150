package org.articlequiz.lti;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryLoginStates implements LoginStates {
    private final Map<String, LoginState> states = new ConcurrentHashMap<>();

    @Override
    public void add(LoginState state) {
        states.put(state.state(), state);
    }

    @Override
    public Optional<LoginState> find(String state) {
        return Optional.ofNullable(states.get(state));
    }

    @Override
    public Optional<LoginState> consume(String state) {
        return Optional.ofNullable(states.remove(state));
    }

    @Override
    public int purgeExpired(java.time.Instant now) {
        int before = states.size();
        states.values().removeIf(s -> s.expiresAt().isBefore(now));
        return before - states.size();
    }
}
