package app.scorecard.account.internal;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through an OpenID Connect provider ({@code scorecard.sso.*}): off while the issuer is empty.
 *
 * @param issuer the provider's issuer URL; its discovery document says the rest
 * @param name the provider as the sign-in button names it
 * @param roleClaim the claim (a string or a list of strings) whose values give an account created on first sign-in its
 *     role
 * @param adminValues values of that claim that make an admin
 * @param managerValues values of that claim that make a manager; with none of these, a member
 */
@ConfigurationProperties("scorecard.sso")
record SingleSignOnProperties(
        String issuer,
        String clientId,
        String clientSecret,
        String name,
        String roleClaim,
        Set<String> adminValues,
        Set<String> managerValues) {

    SingleSignOnProperties {
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim;
        adminValues = adminValues == null ? Set.of() : Set.copyOf(adminValues);
        managerValues = managerValues == null ? Set.of() : Set.copyOf(managerValues);
    }
}
