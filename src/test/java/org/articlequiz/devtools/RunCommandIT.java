package org.articlequiz.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.articlequiz.devtools.sandbox.LtiBrowser;
import org.articlequiz.devtools.sandbox.LtiBrowser.Form;
import org.articlequiz.devtools.sandbox.LtiBrowser.Page;
import org.articlequiz.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * The README's run command as a new user meets it (issue 13). It starts {@code mvn -Prun} in the project, a Maven of its
 * own, waits until the sandbox platform has registered with the tool, and then clicks the sandbox course page's links:
 * "Add activity" (deep linking as the instructor: the tool's picker, a new quiz from a seed article, the platform's
 * confirmation) and "Launch as student" (the tool's launch page, on the quiz just added). Last it stops the command as
 * Ctrl-C does and checks that nothing it started is still listening. The integration tests start the sandbox inside
 * their own JVM and could not see the demo's sandbox die on its first launch: this test runs it the demo's way.
 *
 * <p>{@code mvn verify} runs it last, in failsafe's run-command execution, once the integration tests' WildFly has
 * stopped; {@code mvn verify -Prun-test} runs it alone. It builds and boots the product once more, about three minutes.
 * It needs the run command's ports free and a POSIX system ({@code setsid}, {@code kill}).
 */
class RunCommandIT {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", "."));
    private static final String MVN = System.getProperty("articlequiz.test.mvn", "mvn");
    private static final URI SANDBOX = URI.create("http://127.0.0.1:9001/");
    private static final String TOOL = "http://localhost:8080/article-quiz/";
    /** As pom.xml's run profile gives it to the server and the sandbox. */
    private static final String ADMIN_TOKEN = "demo-admin-token";
    /** WildFly (HTTP, management), the sandbox platform, PostgreSQL. */
    private static final Map<Integer, String> PORTS = Map.of(8080, "WildFly", 9990, "WildFly management", 9001,
            "the sandbox platform", 55433, "PostgreSQL (db.run.port)");
    private static final Duration STARTUP = Duration.ofMinutes(8);
    private static final Duration SHUTDOWN = Duration.ofMinutes(2);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>");
    private static final Pattern ARTICLE = Pattern.compile("name=\"articleId\" value=\"(\\d+)\"");

    @Test
    void addActivityThenLaunchAsStudentThroughTheRunCommandsSandbox() throws Exception {
        PORTS.forEach((port, what) -> assertFalse(listening(port),
                "port " + port + " (" + what + ") is in use: stop whatever runs there (an earlier `mvn -Prun`?) first"));
        Path target = PROJECT.resolve("target");
        // A first run, as on a fresh clone: no server state left by an earlier run, and an empty database of the test's
        // own (the developer's demo data in target/pgdata-run stays as it is).
        deleteTree(target.resolve("run-base"));
        deleteTree(target.resolve("pgdata-run-test"));
        Path log = target.resolve("run-command-it.log");
        List<String> command = new ArrayList<>(List.of("setsid", MVN, "--batch-mode", "-Prun",
                "-Ddb.run.dir=" + target.resolve("pgdata-run-test")));
        if ("offline=true".equals(System.getProperty("articlequiz.test.offline"))) {
            command.add("--offline"); // as the Maven that runs this test
        }
        String repository = System.getProperty("articlequiz.test.mavenRepository");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        // setsid: the command gets a process group of its own, which the end of the test signals as a terminal's
        // Ctrl-C does, and Maven leads it (setsid forks only when its caller leads a group, which a JVM's child does not).
        Process run = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitRegistration(run, log);

            LtiBrowser instructor = new LtiBrowser();
            Page course = instructor.get(SANDBOX);
            assertEquals(200, course.status(), "the sandbox's course page: " + course.body());
            URI addActivity = link(course, "Add activity");
            URI launchAsStudent = link(course, "Launch as student");

            String title = "Week 1 reading quiz";
            Page added = addActivity(instructor, addActivity, title, log);
            assertEquals(200, added.status(), "the platform's answer to the tool's deep linking response: " + added.body());
            assertTrue(added.body().contains("Added “" + title + "” to Biology 101"), added.body());

            LtiBrowser studentBrowser = new LtiBrowser();
            LtiBrowser.Launch student = studentBrowser.launch(launchAsStudent);
            assertNotNull(student.session(), "the student's launch ended at " + student.last().uri() + " with "
                    + student.last().status() + " " + student.last().body() + tail(log));
            assertEquals("learner", student.role());
            URI landing = student.last().uri().resolve(student.last().header("Location"));
            assertTrue(landing.toString().startsWith(TOOL + "app/launch.html#"), "landed on " + landing);
            Page launchPage = studentBrowser.get(URI.create(landing.toString().substring(0, landing.toString().indexOf('#'))));
            assertEquals(200, launchPage.status(), launchPage.body());
            assertTrue(launchPage.body().contains("<title>Opening your quiz – Article Quiz</title>"), launchPage.body());
            Api.Reply overview = new Api(new URL(TOOL), student.session()).get("api/quizzes/" + student.quiz() + "/overview");
            assertEquals(200, overview.status(), overview.toString());
            assertEquals(title, overview.json().getString("title"), "the student launched the quiz just added");
        } catch (RuntimeException e) {
            // an empty reply, a refused connection: the run command's output tells why
            throw new AssertionError(e + tail(log), e);
        } finally {
            stopAsCtrlC(run, log);
        }
        Instant deadline = Instant.now().plusSeconds(30);
        for (Map.Entry<Integer, String> port : PORTS.entrySet()) {
            while (listening(port.getKey()) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertFalse(listening(port.getKey()), port.getValue() + " still listens on " + port.getKey()
                    + " after the run command stopped" + tail(log));
        }
    }

    /** Deep linking as the sandbox's "Add activity" link starts it, through platform storage as in its frame. */
    private static Page addActivity(LtiBrowser instructor, URI addActivity, String title, Path log) {
        Page authorization = instructor.withPlatformStorage(instructor.follow(instructor.get(addActivity)));
        assertEquals(200, authorization.status(), "the sandbox's authorization endpoint: " + authorization.body() + tail(log));
        Page toPicker = instructor.withPlatformStorage(instructor.submit(authorization.form()));
        assertEquals(200, toPicker.status(), "the tool's deep linking launch: " + toPicker.body() + tail(log));
        Page picker = instructor.submit(toPicker.form());
        assertEquals(200, picker.status(), picker.body());
        assertTrue(picker.body().contains("<h1>Add a quiz to your course</h1>"), "the tool's picker: " + picker.body());
        Matcher article = ARTICLE.matcher(picker.body());
        assertTrue(article.find(), "the picker offers the seed articles: " + picker.body());
        Form create = picker.forms().stream().filter(f -> !f.fields().containsKey("quizId")).findFirst().orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>(create.fields());
        fields.put("title", title);
        fields.put("articleId", article.group(1));
        Page confirm = instructor.post(create.action(), fields);
        assertEquals(200, confirm.status(), "Create and add: " + confirm.body());
        // issue 13: a quiz without approved items is placed only once the teacher says so
        assertTrue(confirm.body().contains("has no approved items"), "the picker asks first: " + confirm.body());
        Page answer = instructor.submit(confirm.form());
        assertEquals(200, answer.status(), "Add it anyway: " + answer.body());
        return instructor.submit(answer.form());
    }

    private static void awaitRegistration(Process run, Path log) throws Exception {
        Api admin = new Api(new URL(TOOL), ADMIN_TOKEN);
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!run.isAlive()) {
                fail("`mvn -Prun` ended with exit code " + run.exitValue() + " before the demo was up" + tail(log));
            }
            if (listening(8080) && listening(9001)) {
                try {
                    Api.Reply platforms = admin.get("api/admin/lti/platforms");
                    if (platforms.status() == 200 && platforms.body().contains("\"issuer\":\"http://127.0.0.1:9001\"")) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // the server is still deploying
                }
            }
            Thread.sleep(2000);
        }
        fail("the sandbox had not registered with the tool " + STARTUP.toMinutes() + " minutes after `mvn -Prun`" + tail(log));
    }

    /**
     * A terminal's Ctrl-C: SIGINT to every process of the command's group. A shell that started this JVM's ancestors
     * in the background may have left SIGINT ignored, and the JVM then keeps it ignored for its children; SIGTERM, which
     * the JVM always answers with its shutdown hooks as well, stands in for it then.
     */
    private static void stopAsCtrlC(Process run, Path log) throws IOException, InterruptedException {
        if (!run.isAlive()) {
            return;
        }
        String signal = ignoresSigint(run.pid()) ? "TERM" : "INT";
        new ProcessBuilder("kill", "-" + signal, "--", "-" + run.pid()).inheritIO().start().waitFor();
        if (!run.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            new ProcessBuilder("kill", "-KILL", "--", "-" + run.pid()).inheritIO().start().waitFor();
            fail("`mvn -Prun` did not stop within " + SHUTDOWN.toSeconds() + " s of SIG" + signal + tail(log));
        }
    }

    private static boolean ignoresSigint(long pid) throws IOException {
        try (Stream<String> status = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return status.filter(l -> l.startsWith("SigIgn:")).findFirst()
                    .map(l -> (Long.parseUnsignedLong(l.substring(7).trim(), 16) & (1L << 1)) != 0).orElse(false);
        } catch (java.nio.file.NoSuchFileException notLinux) {
            return false;
        }
    }

    private static URI link(Page page, String text) {
        Matcher m = LINK.matcher(page.body());
        while (m.find()) {
            if (m.group(2).startsWith(text)) {
                return page.uri().resolve(m.group(1).replace("&amp;", "&"));
            }
        }
        throw new AssertionError("no link \"" + text + "…\" on " + page.uri() + ": " + page.body());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n--- last lines of " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return " (no log: " + e + ")";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
