package dk.segl.organisation;

import dk.segl.holder.Cvr;

/**
 * One change of one user that a batch asks for (a line of a CSV import, a user selected on
 * Menu > Users). Each is carried out by the same {@link UserService} command, with the same rules
 * and audit entries, as a change of a single user.
 */
public sealed interface UserCommand {

    enum Action { CREATE, UPDATE, DELETE }

    Action action();

    String loginName();

    void applyTo(UserService users, Actor actor, Cvr cvr);

    record Create(NewUser user) implements UserCommand {
        @Override
        public Action action() {
            return Action.CREATE;
        }

        @Override
        public String loginName() {
            return user.loginName();
        }

        @Override
        public void applyTo(UserService users, Actor actor, Cvr cvr) {
            users.create(actor, cvr, user);
        }
    }

    /** The user with this login name takes the present fields; the absent ones stay as they are. */
    record Update(String loginName, UserChanges changes) implements UserCommand {
        @Override
        public Action action() {
            return Action.UPDATE;
        }

        @Override
        public void applyTo(UserService users, Actor actor, Cvr cvr) {
            users.edit(actor, cvr, users.idOf(actor, cvr, loginName), changes);
        }
    }

    record Delete(String loginName) implements UserCommand {
        @Override
        public Action action() {
            return Action.DELETE;
        }

        @Override
        public void applyTo(UserService users, Actor actor, Cvr cvr) {
            users.delete(actor, cvr, users.idOf(actor, cvr, loginName));
        }
    }
}
