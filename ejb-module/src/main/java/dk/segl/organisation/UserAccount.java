package dk.segl.organisation;

import dk.segl.error.Rule;
import dk.segl.holder.DisplayName;
import dk.segl.holder.EmailAddress;
import dk.segl.language.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A person (or IdM system) who belongs to an organisation; the operator belongs to none. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "login_name", unique = true)
    private String loginName;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "activation_token_hash")
    private String activationTokenHash;

    @Column(name = "activation_expires_at")
    private OffsetDateTime activationExpiresAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** The language of the user's mails; none chosen means Segl's default. */
    @Column(name = "language")
    private String language;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(Organisation organisation, LoginName loginName, String name, EmailAddress email,
                       Set<Role> roles, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.organisation = organisation;
        this.loginName = loginName.value();
        this.status = UserStatus.CREATED;
        this.createdAt = now;
        rename(name);
        changeEmail(email);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String id() {
        return id;
    }

    public UUID uuid() {
        return UUID.fromString(id);
    }

    public Optional<Organisation> organisation() {
        return Optional.ofNullable(organisation);
    }

    public String loginName() {
        return loginName;
    }

    public String name() {
        return name;
    }

    public EmailAddress email() {
        return new EmailAddress(email);
    }

    public UserStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** The language chosen for the user, if any. */
    public Optional<Language> language() {
        return Language.of(language);
    }

    /** The language the user's mails are written in. */
    public Language speaks() {
        return language().orElse(Language.DEFAULT);
    }

    public void chooseLanguage(Language chosen) {
        this.language = chosen == null ? null : chosen.code();
    }

    public boolean isActivated() {
        return status == UserStatus.ACTIVATED;
    }

    public void rename(String newName) {
        this.name = DisplayName.of(newName, Rule.USER_NAME).value();
    }

    public void changeEmail(EmailAddress newEmail) {
        this.email = newEmail.value();
    }

    public void assignRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void awaitActivation(String tokenHash, OffsetDateTime expiresAt) {
        this.activationTokenHash = tokenHash;
        this.activationExpiresAt = expiresAt;
    }

    /** Sets the password chosen from the activation link; the link can be used once. */
    public void activate(String newPasswordHash, OffsetDateTime now) {
        if (status != UserStatus.CREATED || activationExpiresAt == null || now.isAfter(activationExpiresAt)) {
            throw Rule.ACTIVATION_LINK_INVALID.refusal();
        }
        activateWithPassword(newPasswordHash);
    }

    /** For accounts created already active (demo data, operators set up by configuration). */
    public void activateWithPassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.status = UserStatus.ACTIVATED;
        this.activationTokenHash = null;
        this.activationExpiresAt = null;
    }

    /** For users the IdM system has identified: active without a password, so they never log in with one. */
    public void activateIdentified() {
        activateWithPassword(null);
    }

    /** Frees the login name for reuse; the row stays so certificates and the audit log keep naming the user. */
    public void delete() {
        this.status = UserStatus.DELETED;
        this.loginName = null;
        this.passwordHash = null;
        this.activationTokenHash = null;
        this.roles.clear();
    }
}
