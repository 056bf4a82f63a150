package org.articlequiz.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LtiRolesTest {
    @Test
    void contextRolesSubRolesShortNamesAndLti11Names() {
        assertEquals(Set.of(Role.INSTRUCTOR), LtiRoles.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant")));
        assertEquals(Set.of(Role.INSTRUCTOR), LtiRoles.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper")));
        assertEquals(Set.of(Role.LEARNER), LtiRoles.map(List.of("urn:lti:role:ims/lis/Learner")));
        assertEquals(Set.of(Role.ADMINISTRATOR), LtiRoles.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator")));
    }

    @Test
    void institutionFacultyAndMentorGiveNothingInTheCourse() {
        assertEquals(Set.of(), LtiRoles.map(List.of("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty",
                "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor", "http://purl.imsglobal.org/vocab/lti/system/person#TestUser")));
    }
}
