package app.scorecard.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.scorecard.account.SignedInUser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** A stored security context comes back whole, however often it is read; a stored class the application lacks is an error. */
class SessionAttributeDeserializerTests {

    private final SessionAttributeDeserializer deserializer =
            new SessionAttributeDeserializer(getClass().getClassLoader());

    @Test
    void readsAStoredSecurityContextAgainAndAgain() throws IOException {
        SignedInUser manager = new SignedInUser(
                7,
                "manager",
                "Maria Manager",
                "{noop}x",
                true,
                false,
                List.of(new SimpleGrantedAuthority("ROLE_MANAGER")));
        SecurityContext stored = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));
        byte[] bytes = new SerializingConverter().convert(stored);

        for (int read = 0; read < 3; read++) {
            SecurityContext context = (SecurityContext) deserializer.deserialize(new ByteArrayInputStream(bytes));

            assertThat(context).isEqualTo(stored).isNotSameAs(stored);
            SignedInUser principal = (SignedInUser) context.getAuthentication().getPrincipal();
            assertThat(principal.getAccountId()).isEqualTo(7);
            assertThat(context.getAuthentication().getAuthorities())
                    .extracting(Object::toString)
                    .containsExactly("ROLE_MANAGER");
        }
    }

    @Test
    void refusesAStoredClassTheApplicationDoesNotHave() throws IOException {
        byte[] bytes = new SerializingConverter().convert(new SimpleGrantedAuthority("ROLE_MANAGER"));
        String renamed = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace(
                        "org.springframework.security.core.authority.SimpleGrantedAuthority",
                        "org.springframework.security.core.authority.SimplyGrantedAuthority");

        assertThatThrownBy(() -> deserializer.deserialize(
                        new ByteArrayInputStream(renamed.getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(IOException.class)
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }
}
