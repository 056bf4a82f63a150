package org.articlequiz.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article file into an {@link Article}: detects the format (HTML, Markdown or plain text) from the file
 * name and the content, splits it into blocks, then cleans the blocks. Cleaning removes what a reader of the page
 * would skip: navigation words ("Login", "Table of Contents"), tag lines ("Trump NATO meeting/ Mark Rutte NATO/ …"),
 * bylines, repeated headlines and duplicated summary lines; it repairs mojibake and finds the title and dateline.
 */
public final class ArticleReader {

    /** The longest article read, in characters (about 80,000 words); a longer one is refused, never cut. */
    public static final int MAX_CHARACTERS = 500_000;

    /** The formats an article can come in. */
    public enum Format { HTML, MARKDOWN, TEXT }

    /** Whole blocks that are page chrome, compared case-insensitively without trailing punctuation. */
    private static final Set<String> CHROME = Set.of(
            "login", "log in", "logout", "log out", "sign in", "sign up", "sign in / sign up", "register",
            "subscribe", "subscribe now", "share", "share this", "share this article", "tweet", "email", "print",
            "menu", "home", "search", "advertisement", "ad", "sponsored", "skip to content", "skip to main content",
            "table of contents", "contents", "read more", "read next", "related", "related articles",
            "related stories", "comments", "leave a comment", "follow us", "newsletter", "back to top", "more",
            "trending", "recommended", "you may also like", "click here", "accept cookies", "cookie settings");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|written by|reporting by|posted by|words by)\\s+\\p{Lu}[\\p{L}.'\\- ]{1,60}(?:[,|].{0,60})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b).*|.*all rights reserved.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪–]|\\d{1,2}[.)])\\s+");
    /**
     * "Reuters: The …" at the start of a list item. Possessive: a word's letters and the space after it are taken
     * whole, so a run of capitals is one word, not every way of splitting it into five (issue 11, High 5).
     */
    private static final Pattern LABEL = Pattern.compile("^((?:[\\p{Lu}][\\p{L}.’'&\\-]*+\\s?+){1,5}+):\\s+(?=\\p{Lu})");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"”’)]*\\s*$");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:published|updated|posted)(?: on)?:?\\s*)?(.{6,40}?\\d{4})(?:\\s*[,|]?\\s*\\d{1,2}:\\d{2}.*)?$",
            Pattern.CASE_INSENSITIVE);

    private record Block(String text, Paragraph.Kind kind) {
    }

    /** Reads a file, detecting its format from the extension and the content. */
    public Article read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException notUtf8) {
            try {
                return read(file.getFileName().toString(),
                        new String(Files.readAllBytes(file), java.nio.charset.Charset.forName("windows-1252")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an article's raw text, detecting its format from the file name's extension and the content. */
    public Article read(String fileName, String rawText) {
        requireText(rawText);
        String raw = Mojibake.repair(rawText.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
                .replace("\uFEFF", ""));
        Format format = detect(fileName, raw);
        String[] titleHolder = {null};
        List<Block> blocks = switch (format) {
            case HTML -> htmlBlocks(raw, titleHolder);
            case MARKDOWN -> markdownBlocks(raw);
            case TEXT -> textBlocks(raw);
        };
        return clean(fileName, blocks, titleHolder[0]);
    }

    /**
     * Refuses an article over {@link #MAX_CHARACTERS} (never cut: a quiz from half an article would say nothing of
     * the half left out), and a file that is not text: a NUL or another control character no article has (a
     * picture, a PDF), or more than one character in a hundred that no encoding could decode (U+FFFD, what a browser
     * reads a binary file as). A few U+FFFD are mojibake, repaired below.
     */
    public static void requireText(String rawText) {
        if (rawText.length() > MAX_CHARACTERS) {
            throw new UnreadableArticle(UnreadableArticle.Reason.TOO_LARGE, "The article has %,d characters; the limit is %,d characters (about 80,000 words). Split it into parts and store each."
                    .formatted(rawText.length(), MAX_CHARACTERS));
        }
        int undecodable = 0;
        for (int i = 0; i < rawText.length(); i++) {
            char c = rawText.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                throw notText();
            }
            if (c == '\uFFFD') {
                undecodable++;
            }
        }
        if (undecodable > 8 && undecodable * 100L > rawText.length()) {
            throw notText();
        }
    }

    private static UnreadableArticle notText() {
        return new UnreadableArticle(UnreadableArticle.Reason.NOT_TEXT,
                "This file is not text. Store an article as .txt, .html or .md (text in UTF-8 or Windows-1252).");
    }

    /** The format of an article, from its extension when it has a known one, else from its content. */
    public static Format detect(String fileName, String raw) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        String head = raw.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || Pattern.compile("(?i)<(p|div|h1|body)[ >]")
                .matcher(raw).find()) {
            return Format.HTML;
        }
        if (Pattern.compile("(?m)^#{1,6} \\S").matcher(raw).find() || raw.startsWith("---\n")) {
            return Format.MARKDOWN;
        }
        return Format.TEXT;
    }

    private static List<Block> htmlBlocks(String raw, String[] titleHolder) {
        Document doc = Jsoup.parse(raw);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, button, figure, svg, "
                + "[role=navigation], [aria-hidden=true], .nav, .menu, .share, .social, .byline, .author, .tags, "
                + ".related, .comments, .advertisement, .ad, .toc, #toc").remove();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            titleHolder[0] = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            titleHolder[0] = doc.title().strip();
        }
        Element root = Optional.ofNullable(doc.selectFirst("article")).orElse(doc.body());
        List<Block> blocks = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        for (Element e : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre")) {
            if (e.parents().stream().anyMatch(taken::contains)) {
                continue;
            }
            taken.add(e);
            String text = e.text().strip();
            if (text.isEmpty() || (e.tagName().equals("h1") && text.equals(titleHolder[0]))) {
                continue;
            }
            Paragraph.Kind kind = e.tagName().matches("h\\d") ? Paragraph.Kind.HEADING
                    : e.tagName().equals("li") ? Paragraph.Kind.LIST_ITEM : Paragraph.Kind.BODY;
            blocks.add(new Block(text, kind));
        }
        return blocks;
    }

    private static List<Block> markdownBlocks(String raw) {
        String text = raw;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end > 0) {
                text = text.substring(text.indexOf('\n', end + 1) + 1);
            }
        }
        text = text.replaceAll("(?s)```.*?```", "");
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            boolean heading = l.matches("#{1,6}\\s+.*");
            boolean item = BULLET.matcher(l).find();
            if (l.isEmpty() || heading || item || l.matches("[-*_=]{3,}")) {
                flush(paragraph, blocks);
            }
            if (heading) {
                blocks.add(new Block(inlineMarkdown(l.replaceFirst("#{1,6}\\s+", "").replaceFirst("(?<![\\s#])\\s+#+$", "")),
                        Paragraph.Kind.HEADING));
            } else if (item) {
                blocks.add(new Block(inlineMarkdown(BULLET.matcher(l).replaceFirst("")), Paragraph.Kind.LIST_ITEM));
            } else if (!l.isEmpty() && !l.matches("[-*_=]{3,}")) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(inlineMarkdown(l.replaceFirst("^>\\s?", "")));
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(paragraph.toString(), Paragraph.Kind.BODY));
            paragraph.setLength(0);
        }
    }

    private static String inlineMarkdown(String s) {
        // Each mark's scan stops at the next opening mark, so a line of unclosed marks is read once, not once a mark.
        return s.replaceAll("!\\[[^\\[\\]]*]\\([^()]*\\)", "")
                .replaceAll("\\[([^\\[\\]]+)]\\([^()]*\\)", "$1")
                .replaceAll("<[^<>]+>", "")
                .replaceAll("(\\*\\*|__)(.+?)\\1", "$2")
                .replaceAll("(?<![\\w*])[*_](\\S[^*_]*?\\S|\\S)[*_](?![\\w*])", "$1")
                .replaceAll("`([^`]+)`", "$1")
                .strip();
    }

    private static List<Block> textBlocks(String raw) {
        List<Block> blocks = new ArrayList<>();
        for (String line : raw.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(l);
            if (bullet.find()) {
                blocks.add(new Block(bullet.replaceFirst(""), Paragraph.Kind.LIST_ITEM));
            } else {
                blocks.add(new Block(l, looksLikeHeading(l) ? Paragraph.Kind.HEADING : Paragraph.Kind.BODY));
            }
        }
        return blocks;
    }

    private static boolean looksLikeHeading(String line) {
        return words(line) <= 14 && !TERMINAL.matcher(line).find();
    }

    private static Article clean(String fileName, List<Block> rawBlocks, String htmlTitle) {
        List<Block> blocks = new ArrayList<>();
        String dateline = null;
        LocalDate date = null;
        for (Block b : rawBlocks) {
            String text = b.text().replaceAll("\\s+", " ").strip();
            text = stripTagLine(text);
            if (text.isEmpty() || isChrome(text) || BYLINE.matcher(text).matches() || COPYRIGHT.matcher(text).matches()) {
                continue;
            }
            Optional<LocalDate> asDate = parseDate(text);
            if (asDate.isPresent() && words(text) <= 8) {
                if (dateline == null) {
                    dateline = text;
                    date = asDate.get();
                }
                continue;
            }
            if (b.kind() == Paragraph.Kind.LIST_ITEM) {
                text = LABEL.matcher(text).replaceFirst("");
                if (looksLikeHeading(text) && words(text) <= 6) {
                    continue;
                }
            }
            Paragraph.Kind kind = b.kind() == Paragraph.Kind.HEADING && !looksLikeHeading(text) && words(text) > 14
                    ? Paragraph.Kind.BODY : b.kind();
            blocks.add(new Block(text, kind));
        }
        String title = htmlTitle;
        if (title == null && !blocks.isEmpty() && blocks.get(0).kind() == Paragraph.Kind.HEADING) {
            title = blocks.remove(0).text();
        }
        if (title == null) {
            title = fileName.replaceFirst("\\.[^.]+$", "");
        }
        blocks = dropRepeats(blocks, title);
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Block b : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            paragraphs.add(new Paragraph(paragraphs.size(), b.text(), start, text.length(), b.kind()));
        }
        // A heading left last carries nothing ("Login" is gone by now, but so may be the body it announced).
        return new Article(fileName, title, text.toString(), paragraphs, Optional.ofNullable(dateline),
                Optional.ofNullable(date));
    }

    /**
     * Tag lines list keywords separated by slashes, sometimes glued to the first sentence:
     * "Trump NATO meeting/ Mark Rutte NATO/ PALM BEACH/ Newslooks/ President-elect Donald Trump met …".
     * Short slash-separated segments are dropped; a long final segment (the real sentence) is kept.
     */
    static String stripTagLine(String text) {
        String[] parts = text.split("\\s*/\\s+|\\s+/\\s*");
        if (parts.length < 3) {
            return text;
        }
        int shortParts = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (words(parts[i]) <= 6 && !TERMINAL.matcher(parts[i]).find()) {
                shortParts++;
            }
        }
        if (shortParts < parts.length - 1) {
            return text;
        }
        String last = parts[parts.length - 1].strip();
        return words(last) >= 8 && TERMINAL.matcher(last).find() ? last : "";
    }

    private static boolean isChrome(String text) {
        if (text.length() > 60) {
            return false;
        }
        String key = text.toLowerCase(Locale.ROOT);
        int end = key.length();
        while (end > 0 && (Character.isWhitespace(key.charAt(end - 1)) || ":|>»›.…".indexOf(key.charAt(end - 1)) >= 0)) {
            end--;
        }
        return CHROME.contains(key.substring(0, end).strip());
    }

    static Optional<LocalDate> parseDate(String text) {
        Matcher m = DATE_LINE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String candidate = m.group(1).strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(candidate, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /**
     * Drops a heading seen before and a summary line that another body block repeats: a longer one containing it word
     * for word, or an earlier equal one. In linear time ({@link Containment}), not by comparing every pair.
     */
    private static List<Block> dropRepeats(List<Block> blocks, String title) {
        Set<String> seenHeadings = new LinkedHashSet<>();
        seenHeadings.add(normalize(title));
        List<String> bodyKeys = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind() != Paragraph.Kind.HEADING) {
                bodyKeys.add(normalize(b.text()));
            }
        }
        boolean[] inLonger = Containment.inLonger(bodyKeys);
        Set<String> seenBodies = new HashSet<>();
        List<Block> kept = new ArrayList<>();
        int body = 0;
        for (Block b : blocks) {
            if (b.kind() == Paragraph.Kind.HEADING) {
                if (seenHeadings.add(normalize(b.text()))) {
                    kept.add(b);
                }
                continue;
            }
            int n = body++;
            if (seenBodies.add(bodyKeys.get(n)) && !inLonger[n]) {
                kept.add(b);
            }
        }
        // Trailing headings announce nothing.
        while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Paragraph.Kind.HEADING) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
