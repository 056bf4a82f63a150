package org.articlequiz.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few HTML pages of the LTI protocol itself: auto-submitting form posts, the platform storage (postMessage)
 * steps, the deep linking picker and a readable rejection. Everything interpolated is escaped.
 */
final class LtiPages {
    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private LtiPages() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A JavaScript string literal, safe inside a script element. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\'' || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String page(String title, String body) {
        return page(title, body, "", null);
    }

    /** A page with extra elements in its head; {@code mainAction}, when given, is kept on main for scripts. */
    private static String page(String title, String body, String head, URI mainAction) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + head
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
                + "button{font-size:1rem;padding:.4rem .8rem}li{margin:.3rem 0}</style></head><body><main"
                + (mainAction == null ? "" : " id=\"main\" data-action=\"" + escape(mainAction.toString()) + "\"") + ">" + body
                + "</main></body></html>";
    }

    /** A form that posts itself: how id_tokens and deep linking answers travel (OIDC form_post). */
    static String autoPost(URI action, Map<String, String> fields, String title) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((k, v) -> inputs.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                .append(escape(v)).append("\">"));
        return page(title, "<form id=\"f\" method=\"post\" action=\"" + escape(action.toString()) + "\">" + inputs
                + "<noscript><button type=\"submit\">Continue</button></noscript></form>"
                + "<script>document.getElementById('f').submit();</script>");
    }

    /**
     * LTI Client Side postMessages, platform storage: puts the browser secret into the platform's storage frame,
     * then goes on to the platform's authorization endpoint whatever the answer (the cookie may still work).
     */
    static String putDataThenRedirect(String target, String origin, String key, String value, URI next) {
        String script = "var frame=" + js(target) + "==='_parent'?window.parent:(window.parent.frames[" + js(target)
                + "]||window.parent);var id='put-'+Math.random().toString(36).slice(2);var done=false;"
                + "function go(){if(!done){done=true;window.location.replace(" + js(next.toString()) + ");}}"
                + "window.addEventListener('message',function(e){if(e.origin===" + js(origin) + "&&e.data&&e.data.message_id===id){go();}});"
                + "try{frame.postMessage({subject:'lti.put_data',message_id:id,key:" + js(key) + ",value:" + js(value) + "}," + js(origin) + ");}catch(err){go();}"
                + "setTimeout(go,2000);";
        return page("Signing in", "<p>Signing you in…</p><script>" + script + "</script>");
    }

    /** Reads the browser secret back from platform storage and posts the launch again with it. */
    static String getDataThenPost(String target, String origin, String key, URI launch, Map<String, String> fields,
                                  Optional<URI> relaunch) {
        StringBuilder inputs = new StringBuilder();
        fields.forEach((k, v) -> inputs.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                .append(escape(v)).append("\">"));
        String script = "var frame=" + js(target) + "==='_parent'?window.parent:(window.parent.frames[" + js(target)
                + "]||window.parent);var id='get-'+Math.random().toString(36).slice(2);"
                + "function fail(){document.getElementById('blocked').hidden=false;}"
                + "window.addEventListener('message',function(e){if(e.origin!==" + js(origin) + "||!e.data||e.data.message_id!==id)return;"
                + "if(e.data.value){document.getElementById('secret').value=e.data.value;document.getElementById('f').submit();}else{fail();}});"
                + "try{frame.postMessage({subject:'lti.get_data',message_id:id,key:" + js(key) + "}," + js(origin) + ");}catch(err){fail();}"
                + "setTimeout(function(){if(!document.getElementById('secret').value)fail();},3000);";
        return page("Signing in", "<form id=\"f\" method=\"post\" action=\"" + escape(launch.toString()) + "\">" + inputs
                + "<input type=\"hidden\" id=\"secret\" name=\"platform_storage_secret\" value=\"\"></form>"
                + "<p>Signing you in…</p>" + blocked(relaunch, true) + "<script>" + script + "</script>");
    }

    /**
     * Neither cookies nor platform storage (issue 13: Moodle's frame in a browser that blocks third-party cookies).
     * Two ways on, both starting the launch again from the platform ({@code relaunch}, a fresh one-time hint) rather
     * than replaying the used login request: where the browser has the Storage Access API, a button that asks for
     * storage access (a click is required) and then starts again in this frame; always, a link that starts again in a
     * new window, where the tool is the first party and its cookie works. Without a relaunch URL the user is asked to
     * open the activity from the course in a new window.
     */
    static String blocked(Optional<URI> relaunch, boolean hidden) {
        String again = relaunch.map(u -> "<p><a id=\"new-window\" href=\"" + escape(u.toString())
                + "\" target=\"_blank\" rel=\"noopener\">Open the quiz in a new window</a></p>")
                .orElse("<p>Open the activity again from your course in a new window or tab (for example: right-click its "
                        + "link, <em>Open link in new tab</em>).</p>");
        String script = "(function(){var b=document.getElementById('allow');var d=document;"
                + "if(!b||window.top===window||typeof d.requestStorageAccess!=='function'||typeof d.hasStorageAccess!=='function')return;"
                + "d.getElementById('storage-access').hidden=false;"
                + "b.addEventListener('click',function(){d.requestStorageAccess().then(function(){"
                + relaunch.map(u -> "window.location.href=" + js(u.toString()) + ";").orElse(
                        "d.getElementById('storage-result').textContent='Allowed. Open the activity from your course again.';")
                + "},function(){d.getElementById('storage-result').textContent='Your browser did not allow it. "
                + "Use the new window instead.';});});})();";
        return "<div id=\"blocked\"" + (hidden ? " hidden" : "") + "><h1>Your browser blocked the sign-in</h1>"
                + "<p>Your browser keeps Article Quiz from using its cookie inside the course page (third-party cookies are "
                + "off).</p><p id=\"storage-access\" hidden><button type=\"button\" id=\"allow\">Allow Article Quiz in the "
                + "course page and continue here</button> <span id=\"storage-result\" role=\"status\"></span></p>"
                + again + "</div><script>" + script + "</script>";
    }

    static String rejected(String title, String detail, String check) {
        return page(title, "<h1>" + escape(title) + "</h1><p>" + escape(detail) + "</p>"
                + (check == null ? "" : "<p><small>Failed check: <code>" + escape(check) + "</code></small></p>"));
    }

    record Choice(long id, String title) {
    }

    /** A quiz the picker offers, with how many approved items (what students would get) it has. */
    record QuizChoice(long id, String title, int approved) {
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    private static String approvedCount(int n) {
        return n == 0 ? "no approved items" : n == 1 ? "1 approved item" : n + " approved items";
    }

    /**
     * The deep linking picker (issue 13: one trip): an existing quiz, each with its approved-item count, or a new one.
     * The page is served with our pages' stylesheet and {@code app/picker.js}, which turns the "new quiz" section into
     * the whole way: pasted text, an uploaded file or stored articles, the generator's progress, review and approval,
     * then placing the quiz. Without scripts the section is a plain form that makes a quiz from stored articles.
     * {@code appBase} is the tool's {@code app/} folder: the page's base, so the scripts' API calls resolve as in the
     * other pages; form actions are absolute.
     */
    static String picker(URI action, URI appBase, String session, List<QuizChoice> quizzes, List<Choice> articles) {
        StringBuilder b = new StringBuilder("<h1>Add a quiz to your course</h1>");
        b.append("<p role=\"status\" id=\"status\" class=\"visually-hidden\"></p>");
        b.append("<section aria-labelledby=\"existing-heading\"><h2 id=\"existing-heading\">An existing quiz</h2>");
        if (quizzes.isEmpty()) {
            b.append("<p>No quiz yet.</p>");
        } else {
            b.append("<ul class=\"plain picker-quizzes\" id=\"picker-quizzes\">");
            for (QuizChoice q : quizzes) {
                b.append("<li><form method=\"post\" action=\"").append(escape(action.toString())).append("\">")
                        .append(hidden("session", session)).append(hidden("quizId", String.valueOf(q.id())))
                        .append("<span class=\"quiz-title\">").append(escape(q.title())).append("</span> <span class=\"hint approved-count\" data-approved=\"")
                        .append(q.approved()).append("\">(").append(approvedCount(q.approved())).append(")</span> ")
                        .append("<button type=\"submit\" aria-label=\"Add ").append(escape(q.title()))
                        .append("\">Add</button></form></li>");
            }
            b.append("</ul>");
        }
        b.append("</section><section id=\"new-quiz\" aria-labelledby=\"new-heading\"><h2 id=\"new-heading\">A new quiz</h2>")
                .append("<form method=\"post\" id=\"plain-create\" action=\"").append(escape(action.toString())).append("\">")
                .append(hidden("session", session))
                .append("<p><label>Title <input name=\"title\" required maxlength=\"300\"></label></p>")
                .append("<fieldset><legend>Stored articles</legend><ul class=\"plain\">");
        for (Choice a : articles) {
            b.append("<li><label><input type=\"checkbox\" name=\"articleId\" value=\"").append(a.id()).append("\"> ")
                    .append(escape(a.title())).append("</label></li>");
        }
        b.append("</ul></fieldset><button type=\"submit\">Create and add</button></form></section>");
        String head = "<base href=\"" + escape(appBase.toString()) + "\"><link rel=\"stylesheet\" href=\"app.css\">"
                + "<script type=\"module\" src=\"picker.js\"></script>";
        return page("Add a quiz", b.toString(), head, action);
    }

    /**
     * Issue 13: placing a quiz no student could answer (no approved item) asks first. The form posts the same
     * choice again with {@code confirmEmpty}; "Back" shows the picker again.
     */
    static String confirmEmpty(URI action, String session, long quizId, String title) {
        String form = "<form method=\"post\" action=\"" + escape(action.toString()) + "\">" + hidden("session", session);
        return page("Add a quiz with no approved items?", "<h1>“" + escape(title) + "” has no approved items</h1>"
                + "<p id=\"confirm-empty\">Students who open it now will find no question to answer, and its gradebook column "
                + "will be out of 1 until you approve items (then it follows the number approved).</p>"
                + form + hidden("quizId", String.valueOf(quizId)) + hidden("confirmEmpty", "yes")
                + "<button type=\"submit\" id=\"add-anyway\">Add it anyway</button></form>"
                + "<form method=\"post\" action=\"" + escape(action.toString()) + "/picker\">" + hidden("session", session)
                + "<button type=\"submit\" id=\"back-to-picker\">Back to the picker</button></form>");
    }

    static Response html(String html) {
        return Response.ok(html, HTML).header("Cache-Control", "no-store").build();
    }

    /** A page answering a failure, with its problem type in a header for scripts and tests. */
    static Response problemPage(Response.Status status, String slug, String html) {
        return Response.status(status).type(HTML).header("Cache-Control", "no-store")
                .header("X-Problem-Type", Problems.TYPE_PREFIX + slug).entity(html).build();
    }
}
