-- Failed logins are counted per (user name, client address), not per user: a stranger's
-- guesses slow down only the stranger, and a name that does not exist is counted exactly like
-- one that does, so the answers never tell them apart. Both keys are SHA-256 hashes (hex) of
-- what was sent: a user name that is really a mistyped password is never stored as typed.
CREATE TABLE login_throttle (
    user_key       VARCHAR(64) NOT NULL,
    client_key     VARCHAR(64) NOT NULL,
    -- failed logins in a row; the attempt in progress is counted before its password is checked
    failures       INT         NOT NULL,
    last_failure   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- no attempt is checked before this time (NULL: none so far)
    blocked_until  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_key, client_key)
);
CREATE INDEX ix_login_throttle_last_failure ON login_throttle(last_failure);

-- The per-user lock-out they replace.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
