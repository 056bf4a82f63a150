package org.articlequiz.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

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
                + "button{font-size:1rem;padding:.4rem .8rem}li{margin:.3rem 0}</style></head><body>" + body + "</body></html>";
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
                                  String newWindowUrl) {
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
                + "<p>Signing you in…</p>" + blocked(newWindowUrl, true) + "<script>" + script + "</script>");
    }

    /** Neither cookies nor platform storage: offer to start again in a top-level window, where cookies work. */
    static String blocked(String newWindowUrl, boolean hidden) {
        return "<div id=\"blocked\"" + (hidden ? " hidden" : "") + "><p>Your browser blocked the sign-in inside the course "
                + "page (third-party cookies are off).</p><p><a href=\"" + escape(newWindowUrl)
                + "\" target=\"_blank\" rel=\"noopener\">Open the quiz in a new window</a></p></div>";
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
                        .append(escape(q.title())).append(" <button type=\"submit\">Add</button></form></li>");
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
