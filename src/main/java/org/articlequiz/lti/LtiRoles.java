package org.articlequiz.lti;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps LTI role URIs (LTI Core A.2) to what a caller may do here. Context roles decide within a course; only system
 * and institution Administrator give {@link Role#ADMINISTRATOR}. Short names ("Instructor"), which LTI Core A.2.5
 * deprecates but platforms still send, count as context roles. Unknown roles are ignored; no known role at all
 * leaves the empty set, the least privilege (a learner may do more than that: only enrolled learners take quizzes).
 */
public final class LtiRoles {
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String MEMBERSHIP_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
    private static final String LTI11 = "urn:lti:role:ims/lis/";

    private LtiRoles() {
    }

    public static Set<Role> map(List<String> uris) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String uri : uris) {
            if (uri == null) {
                continue;
            }
            String u = uri.strip();
            if (u.startsWith(SYSTEM) || u.startsWith(INSTITUTION)) {
                String name = u.substring(u.indexOf('#') + 1);
                if (name.equals("Administrator") || name.equals("SysAdmin")) {
                    roles.add(Role.ADMINISTRATOR);
                }
                continue;
            }
            String name;
            if (u.startsWith(MEMBERSHIP)) {
                name = u.substring(MEMBERSHIP.length());
            } else if (u.startsWith(MEMBERSHIP_SUB)) {
                // a sub-role such as membership/Instructor#TeachingAssistant: the principal role decides
                name = u.substring(MEMBERSHIP_SUB.length(), u.indexOf('#') < 0 ? u.length() : u.indexOf('#'));
            } else if (u.startsWith(LTI11)) {
                name = u.substring(LTI11.length());
                name = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            } else if (!u.contains(":") && !u.contains("/")) {
                name = u; // a short name
            } else {
                continue;
            }
            switch (name.toLowerCase(Locale.ROOT)) {
                case "instructor", "contentdeveloper", "teachingassistant", "administrator" -> roles.add(Role.INSTRUCTOR);
                case "learner", "student" -> roles.add(Role.LEARNER);
                default -> {
                    // Mentor, Officer, Member, unknown: no privilege here
                }
            }
        }
        return roles;
    }
}
