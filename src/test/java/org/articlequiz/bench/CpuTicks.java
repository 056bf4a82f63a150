package org.articlequiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Seconds of CPU (user and system) per party; empty where /proc cannot be read. */
    static Map<String, Double> sample() {
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
}
