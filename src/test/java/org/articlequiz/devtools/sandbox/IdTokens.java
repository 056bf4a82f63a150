package org.articlequiz.devtools.sandbox;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds id_tokens the way a platform does: {@link #validLaunch()} is a valid LTI 1.3 resource link launch of a
 * learner, and each method changes one thing, e.g. {@code IdTokens.validLaunch().without(DEPLOYMENT_ID).sign(keys)}.
 * The platform-specific values (issuer, client id, deployment, nonce, target) are filled by {@link #forLogin}.
 */
public final class IdTokens {
    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = LTI + "message_type";
    public static final String VERSION = LTI + "version";
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    public static final String RESOURCE_LINK = LTI + "resource_link";
    public static final String ROLES = LTI + "roles";
    public static final String CONTEXT = LTI + "context";
    public static final String CUSTOM = LTI + "custom";
    public static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";

    private final Map<String, Object> claims = new LinkedHashMap<>();
    private boolean withKid = true;
    private String kid;

    private IdTokens() {
    }

    /** A learner's resource link launch with names, e-mail and a course, issued now and valid for 5 minutes. */
    public static IdTokens validLaunch() {
        IdTokens t = new IdTokens();
        Instant now = Instant.now();
        t.claims.put("iss", "https://platform.example.edu");
        t.claims.put("aud", "tool-client");
        t.claims.put("sub", "learner-0001");
        t.claims.put("iat", now.getEpochSecond());
        t.claims.put("exp", now.plusSeconds(300).getEpochSecond());
        t.claims.put("nonce", "to-be-set");
        t.claims.put("name", "Ada Lovelace");
        t.claims.put("given_name", "Ada");
        t.claims.put("family_name", "Lovelace");
        t.claims.put("email", "ada@example.edu");
        t.claims.put(MESSAGE_TYPE, "LtiResourceLinkRequest");
        t.claims.put(VERSION, "1.3.0");
        t.claims.put(DEPLOYMENT_ID, "deployment-1");
        t.claims.put(TARGET_LINK_URI, "https://tool.example.org/article-quiz/");
        t.claims.put(RESOURCE_LINK, Map.of("id", "link-1", "title", "Week 1 reading quiz"));
        t.claims.put(ROLES, List.of(LEARNER));
        t.claims.put(CONTEXT, Map.of("id", "course-1", "label", "BIO101", "title", "Biology 101"));
        return t;
    }

    /** An instructor's deep linking request from the platform's "add activity". */
    public static IdTokens validDeepLinking(String returnUrl) {
        return validLaunch().with("sub", "instructor-0001").with(ROLES, List.of(INSTRUCTOR))
                .with(MESSAGE_TYPE, "LtiDeepLinkingRequest").without(RESOURCE_LINK)
                .with(DEEP_LINKING, Map.of("deep_link_return_url", returnUrl, "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", false, "data", "opaque-platform-data"));
    }

    /** Fills what the tool's login decided and the platform's registration says. */
    public IdTokens forLogin(String issuer, String clientId, String deploymentId, String nonce, String target) {
        claims.put("iss", issuer);
        claims.put("aud", clientId);
        claims.put(DEPLOYMENT_ID, deploymentId);
        claims.put("nonce", nonce);
        if (claims.containsKey(TARGET_LINK_URI)) {
            claims.put(TARGET_LINK_URI, target);
        }
        return this;
    }

    public IdTokens with(String claim, Object value) {
        claims.put(claim, value);
        return this;
    }

    public IdTokens without(String claim) {
        claims.remove(claim);
        return this;
    }

    public IdTokens withoutKid() {
        this.withKid = false;
        return this;
    }

    public IdTokens kid(String kid) {
        this.kid = kid;
        return this;
    }

    public IdTokens issuedAt(Instant iat, Instant exp) {
        claims.put("iat", iat.getEpochSecond());
        claims.put("exp", exp.getEpochSecond());
        return this;
    }

    public Object get(String claim) {
        return claims.get(claim);
    }

    public Map<String, Object> claims() {
        return new LinkedHashMap<>(claims);
    }

    public String sign(PlatformKeys keys) {
        return sign(keys.current());
    }

    public String sign(RSAKey key) {
        return PlatformKeys.sign(claims, key, withKid ? (kid != null ? kid : key.getKeyID()) : null);
    }

    /** An unsecured JWT, {@code alg: none} (RFC 7519 6). */
    public String unsigned() {
        try {
            return new PlainJWT(JWTClaimsSet.parse(claims)).serialize();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 with the platform's public key as the HMAC secret: the classic algorithm confusion attack. */
    public String hs256WithPublicKeyAsSecret(RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
            return jwt.serialize();
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
