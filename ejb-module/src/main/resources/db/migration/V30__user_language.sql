-- The language a user reads Segl's mails in ('da' or 'en'); empty means Segl's default.
ALTER TABLE user_account ADD COLUMN language VARCHAR(2);
