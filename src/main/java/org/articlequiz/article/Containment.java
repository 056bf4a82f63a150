package org.articlequiz.article;

import java.util.Arrays;
import java.util.List;

/**
 * Which strings of a list occur inside a longer string of the same list, in time linear in their total length
 * (Aho–Corasick: every string is a pattern, and every string is also searched). The reader drops a summary line that a
 * longer paragraph repeats word for word; comparing every pair of paragraphs made an article of 4,000 short lines take
 * seconds (issue 11, High 5).
 */
final class Containment {
    private final Edges children = new Edges();
    private int[] fail = new int[1024];
    /** The nearest proper suffix (through failure links) that is a whole string of the list, or -1. */
    private int[] output = new int[1024];
    private int[] depth = new int[1024];
    private int[] parent = new int[1024];
    private char[] via = new char[1024];
    private boolean[] terminal = new boolean[1024];
    private int nodes;

    private Containment() {
        node(0, (char) 0);
    }

    /** For each string, whether it occurs in some string of the list that is longer than it. */
    static boolean[] inLonger(List<String> strings) {
        Containment automaton = new Containment();
        int[] nodeOf = new int[strings.size()];
        for (int i = 0; i < strings.size(); i++) {
            nodeOf[i] = automaton.insert(strings.get(i));
        }
        automaton.link();
        boolean[] found = new boolean[automaton.nodes];
        for (String text : strings) {
            automaton.search(text, found);
        }
        boolean[] contained = new boolean[strings.size()];
        boolean anyNonEmpty = strings.stream().anyMatch(s -> !s.isEmpty());
        for (int i = 0; i < strings.size(); i++) {
            contained[i] = strings.get(i).isEmpty() ? anyNonEmpty : found[nodeOf[i]];
        }
        return contained;
    }

    private int node(int from, char c) {
        if (nodes == depth.length) {
            int n = nodes * 2;
            fail = Arrays.copyOf(fail, n);
            output = Arrays.copyOf(output, n);
            depth = Arrays.copyOf(depth, n);
            parent = Arrays.copyOf(parent, n);
            via = Arrays.copyOf(via, n);
            terminal = Arrays.copyOf(terminal, n);
        }
        int node = nodes++;
        output[node] = -1;
        depth[node] = node == 0 ? 0 : depth[from] + 1;
        parent[node] = from;
        via[node] = c;
        return node;
    }

    private static long edge(int node, char c) {
        return ((long) node << 16) | c;
    }

    private int insert(String s) {
        int at = 0;
        for (int i = 0; i < s.length(); i++) {
            int next = children.get(edge(at, s.charAt(i)));
            if (next < 0) {
                next = node(at, s.charAt(i));
                children.put(edge(at, s.charAt(i)), next);
            }
            at = next;
        }
        terminal[at] = true;
        return at;
    }

    /** Failure and output links, shallowest nodes first (a node's links depend only on shallower nodes'). */
    private void link() {
        int maxDepth = 0;
        for (int n = 0; n < nodes; n++) {
            maxDepth = Math.max(maxDepth, depth[n]);
        }
        int[] firstOfDepth = new int[maxDepth + 2];
        for (int n = 0; n < nodes; n++) {
            firstOfDepth[depth[n] + 1]++;
        }
        for (int d = 1; d < firstOfDepth.length; d++) {
            firstOfDepth[d] += firstOfDepth[d - 1];
        }
        int[] byDepth = new int[nodes];
        for (int n = 0; n < nodes; n++) {
            byDepth[firstOfDepth[depth[n]]++] = n;
        }
        for (int node : byDepth) {
            if (node == 0) {
                continue;
            }
            int f = parent[node] == 0 ? 0 : step(fail[parent[node]], via[node]);
            fail[node] = f;
            output[node] = terminal[f] && f != 0 ? f : output[f];
        }
    }

    /** The automaton's move from {@code state} on {@code c}, following failure links. */
    private int step(int state, char c) {
        int s = state;
        while (true) {
            int next = children.get(edge(s, c));
            if (next >= 0) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /**
     * Marks every string found in {@code text} at a length shorter than {@code text}. A marked string's outputs are
     * all marked already, so each string is marked once and the walk along output links stays linear overall.
     */
    private void search(String text, boolean[] found) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = step(state, text.charAt(i));
            int at = terminal[state] ? state : output[state];
            while (at > 0 && !found[at]) {
                if (depth[at] < text.length()) {
                    found[at] = true;
                }
                at = output[at];
            }
        }
    }

    /** The trie's edges: an open-addressing table from (node, character) to child, without boxing a key per lookup. */
    private static final class Edges {
        private long[] keys = new long[1 << 10];
        private int[] values = new int[1 << 10];
        private int size;

        Edges() {
            Arrays.fill(keys, -1);
        }

        int get(long key) {
            for (int i = slot(key, keys.length); ; i = (i + 1) & (keys.length - 1)) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] == -1) {
                    return -1;
                }
            }
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(key, keys.length);
            while (keys[i] != -1 && keys[i] != key) {
                i = (i + 1) & (keys.length - 1);
            }
            if (keys[i] == -1) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (length - 1);
        }
    }
}
