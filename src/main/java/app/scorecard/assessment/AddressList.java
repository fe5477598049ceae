package app.scorecard.assessment;

import app.scorecard.assessment.internal.Invitation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a manager asks the app to mail, one per line — {@code Ana Lima <ana@example.org>}, or the address alone —
 * read and checked as a whole: every line that cannot be used is named with its problem, and either all of them can be
 * invited or none is. Plain Java; the domains allowed and the addresses invited already come from the caller.
 */
public final class AddressList {

    /** An address as RFC 5321 allows it in practice: a local part, an @, a domain of labels with a dot. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private static final Pattern NAMED = Pattern.compile("^(.*?)\\s*<([^<>]*)>$");
    private static final int ADDRESS_MAX_LENGTH = 254;

    private final List<Person> people = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private AddressList() {}

    /** One person to invite. */
    public record Person(String name, String email) {}

    /**
     * A line that cannot be used.
     *
     * @param line its number, from 1
     * @param messageKey what is wrong, as a message key whose argument is {@code text}
     *     <p>Serializable: it travels in the session as a flash attribute, to the page that shows it.
     */
    public record Problem(int line, String text, String messageKey) implements Serializable {}

    /**
     * @param text what the manager typed: one person per line, blank lines ignored
     * @param allowedDomains the domains addresses must belong to (subdomains included); empty: any domain
     * @param invited the mailboxes invited to this round already (see {@link #mailbox})
     */
    public static AddressList read(String text, Set<String> allowedDomains, Set<String> invited) {
        AddressList list = new AddressList();
        Map<String, Integer> seen = new HashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            Person person = parse(line);
            if (person == null) {
                list.problems.add(new Problem(number, line, "invitations.mail.malformed"));
                continue;
            }
            if (person.name().length() > Invitation.NAME_MAX_LENGTH) {
                list.problems.add(new Problem(number, line, "invitations.mail.nameTooLong"));
                continue;
            }
            if (!allowed(person.email(), allowedDomains)) {
                list.problems.add(new Problem(number, person.email(), "invitations.mail.domain"));
                continue;
            }
            String mailbox = mailbox(person.email());
            if (seen.containsKey(mailbox)) {
                list.problems.add(new Problem(number, person.email(), "invitations.mail.duplicate"));
                continue;
            }
            seen.put(mailbox, number);
            if (invited.contains(mailbox)) {
                list.problems.add(new Problem(number, person.email(), "invitations.mail.invitedAlready"));
                continue;
            }
            list.people.add(person);
        }
        return list;
    }

    /**
     * The mailbox an address delivers to, to tell two spellings of one person apart from two people: lower case, and
     * without a {@code +tag} (so {@code ana+1@x.org} and {@code Ana@X.org} are one person, not two answers).
     */
    public static String mailbox(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + lower.substring(at);
    }

    private static Person parse(String line) {
        Matcher named = NAMED.matcher(line);
        String name;
        String email;
        if (named.matches()) {
            name = named.group(1).strip().replaceAll("^\"|\"$", "").strip();
            email = named.group(2).strip();
        } else {
            int split = Math.max(line.lastIndexOf(' '), Math.max(line.lastIndexOf(','), line.lastIndexOf(';')));
            email = line.substring(split + 1).strip();
            name = split < 0
                    ? ""
                    : line.substring(0, split).strip().replaceAll("[,;]+$", "").strip();
        }
        if (email.length() > ADDRESS_MAX_LENGTH || !ADDRESS.matcher(email).matches()) {
            return null;
        }
        if (name.isEmpty()) {
            name = email.substring(0, email.indexOf('@'));
        }
        return new Person(name, email);
    }

    private static boolean allowed(String email, Set<String> domains) {
        if (domains.isEmpty()) {
            return true;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(allowed -> domain.equals(allowed) || domain.endsWith("." + allowed));
    }

    public List<Person> people() {
        return List.copyOf(people);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
