-- Mail that survives a crash. The Message-ID is fixed when the mail is queued, so a mail delivered
-- again after a crash (sent, but the server died before the row was deleted) carries the same one
-- and the recipient's mail program recognises the duplicate. A mail given up after a bounded number
-- of attempts, or refused for good by the mail server, stays as a dead letter (dead_at set) that
-- operators see and can send again.
ALTER TABLE mail_outbox ADD COLUMN message_id VARCHAR(250);
UPDATE mail_outbox SET message_id = '<' || id || '@segl.outbox>';
ALTER TABLE mail_outbox ALTER COLUMN message_id SET NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN dead_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_mail_dead ON mail_outbox (dead_at);
