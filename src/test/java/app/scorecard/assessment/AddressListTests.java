package app.scorecard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.scorecard.assessment.AddressList.Person;
import app.scorecard.assessment.AddressList.Problem;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AddressListTests {

    @Test
    void readsANameWithItsAddressOrTheAddressAloneOnePersonPerLine() {
        AddressList list = AddressList.read(
                "Ana Lima <ana@example.org>\n\n  ben@example.org  \r\n\"Cleo M.\" <cleo@sub.example.org>\nDan, dan@example.org",
                Set.of(),
                Set.of());

        assertThat(list.problems()).isEmpty();
        assertThat(list.people())
                .containsExactly(
                        new Person("Ana Lima", "ana@example.org"),
                        new Person("ben", "ben@example.org"),
                        new Person("Cleo M.", "cleo@sub.example.org"),
                        new Person("Dan", "dan@example.org"));
    }

    @Test
    void namesEveryLineThatCannotBeUsedWithItsNumber() {
        AddressList list = AddressList.read(
                "ok@example.org\nNo address here\nx@localhost\n<>\n" + "A".repeat(101) + " <long@example.org>",
                Set.of(),
                Set.of());

        assertThat(list.problems())
                .extracting(Problem::line, Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "invitations.mail.malformed"),
                        org.assertj.core.groups.Tuple.tuple(3, "invitations.mail.malformed"),
                        org.assertj.core.groups.Tuple.tuple(4, "invitations.mail.malformed"),
                        org.assertj.core.groups.Tuple.tuple(5, "invitations.mail.nameTooLong"));
        assertThat(list.people()).extracting(Person::email).containsExactly("ok@example.org");
    }

    @Test
    void takesAddressesOfTheAllowedDomainsAndTheirSubdomainsOnly() {
        AddressList list = AddressList.read(
                "a@example.org\nb@mail.example.org\nc@badexample.org\nd@example.org.evil.com",
                Set.of("example.org"),
                Set.of());

        assertThat(list.people()).extracting(Person::email).containsExactly("a@example.org", "b@mail.example.org");
        assertThat(list.problems()).extracting(Problem::line).containsExactly(3, 4);
        assertThat(list.problems())
                .allSatisfy(problem -> assertThat(problem.messageKey()).isEqualTo("invitations.mail.domain"));
    }

    @Test
    void takesTwoSpellingsOfOneMailboxForOnePersonOnTheListOrInvitedAlready() {
        assertThat(AddressList.mailbox("Ana+Work@Example.ORG")).isEqualTo("ana@example.org");

        AddressList list = AddressList.read(
                "ana@example.org\nANA+survey@example.org\nben@example.org", Set.of(), Set.of("ben@example.org"));

        assertThat(list.problems())
                .extracting(Problem::line, Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "invitations.mail.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(3, "invitations.mail.invitedAlready"));
    }
}
