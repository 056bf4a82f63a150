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
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
                + "button{font-size:1rem;padding:.4rem .8rem}li{margin:.3rem 0}</style></head><body><main>" + body
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

    /** The deep linking picker: an existing quiz, or a new one from stored articles. */
    static String picker(URI action, String session, List<Choice> quizzes, List<Choice> articles) {
        StringBuilder b = new StringBuilder("<h1>Add a quiz to your course</h1>");
        b.append("<h2>An existing quiz</h2>");
        if (quizzes.isEmpty()) {
            b.append("<p>No quiz yet.</p>");
        } else {
            b.append("<ul>");
            for (Choice q : quizzes) {
                b.append("<li><form method=\"post\" action=\"").append(escape(action.toString())).append("\">")
                        .append("<input type=\"hidden\" name=\"session\" value=\"").append(escape(session)).append("\">")
                        .append("<input type=\"hidden\" name=\"quizId\" value=\"").append(q.id()).append("\">")
                        .append(escape(q.title())).append(" <button type=\"submit\" aria-label=\"Add ").append(escape(q.title()))
                        .append("\">Add</button></form></li>");
            }
            b.append("</ul>");
        }
        b.append("<h2>A new quiz from articles</h2><form method=\"post\" action=\"").append(escape(action.toString())).append("\">")
                .append("<input type=\"hidden\" name=\"session\" value=\"").append(escape(session)).append("\">")
                .append("<p><label>Title <input name=\"title\" required maxlength=\"300\"></label></p><ul>");
        for (Choice a : articles) {
            b.append("<li><label><input type=\"checkbox\" name=\"articleId\" value=\"").append(a.id()).append("\"> ")
                    .append(escape(a.title())).append("</label></li>");
        }
        b.append("</ul><button type=\"submit\">Create and add</button></form>");
        return page("Add a quiz", b.toString());
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
