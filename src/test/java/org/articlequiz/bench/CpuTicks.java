package org.articlequiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time used so far by the three parties on this machine: the server (WildFly), PostgreSQL (all its processes)
 * and this load generator, read from Linux's {@code /proc}. They share two cores, so a phase's figures say which one
 * the cores went to. Jiffies are 1/100 s on Linux's x86-64 builds.
 */
final class CpuTicks {
    private static final double TICKS_PER_SECOND = 100.0;
    private static final long SELF = ProcessHandle.current().pid();

    private CpuTicks() {
    }

    /**
     * Seconds of CPU (user and system) per party; empty where /proc cannot be read. With {@code bench.pids} set, the
     * parties are those processes and this load generator; without, every WildFly and PostgreSQL on the machine.
     */
    static Map<String, Double> sample() {
        Map<String, Set<Long>> given = parties();
        if (!given.isEmpty()) {
            given.put("load generator", Set.of(SELF));
            return sample(given);
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("server", 0.0);
        seconds.put("postgres", 0.0);
        seconds.put("load generator", 0.0);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmdline = Files.readString(p.resolve("cmdline"));
                    String stat = Files.readString(p.resolve("stat"));
                    String party = Long.parseLong(p.getFileName().toString()) == SELF ? "load generator"
                            : cmdline.contains("-D[Standalone]") ? "server"
                            : stat.contains("(postgres)") ? "postgres" : null;
                    if (party != null) {
                        // Fields after the command name, which is in parentheses and may hold spaces.
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        seconds.merge(party, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND, Double::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // The process ended while it was read: it no longer counts.
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return seconds;
    }

    /**
     * Seconds of CPU per named party, each given as process ids: a process counts if it or its parent is one of them
     * (PostgreSQL's backends are its postmaster's children). For a machine shared with other servers and databases,
     * whose processes {@link #sample()} would count too.
     */
    static Map<String, Double> sample(Map<String, Set<Long>> parties) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        parties.keySet().forEach(k -> seconds.put(k, 0.0));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    long pid = Long.parseLong(p.getFileName().toString());
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long parent = Long.parseLong(f[1]);
                    parties.forEach((party, pids) -> {
                        if (pids.contains(pid) || pids.contains(parent)) {
                            seconds.merge(party, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND, Double::sum);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    // The process ended while it was read: it no longer counts.
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return seconds;
    }

    /**
     * The processes whose CPU a benchmark is charged with, from {@code bench.pids}: {@code party=pid,pid;party=pid}
     * (stampede.sh passes the nodes, PostgreSQL's postmaster and PgBouncer; answers.sh the node and the postmaster).
     */
    static Map<String, Set<Long>> parties() {
        Map<String, Set<Long>> parties = new LinkedHashMap<>();
        for (String party : System.getProperty("bench.pids", "").split(";")) {
            if (party.contains("=")) {
                Set<Long> pids = new HashSet<>();
                for (String pid : party.substring(party.indexOf('=') + 1).split(",")) {
                    if (!pid.isBlank()) {
                        pids.add(Long.parseLong(pid.strip()));
                    }
                }
                parties.put(party.substring(0, party.indexOf('=')), pids);
            }
        }
        return parties;
    }

    /** The machine's load average over 1, 5 and 15 minutes (it is shared: figures beside it say how busy it was). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
