-- 0007 password guessing (PostgreSQL). Keep in step with sqlite/0007_password_guessing.sql.
--
-- One guessing budget for every endpoint that verifies a password (domain/password_guard.h):
-- failures per account and client address, per address and per account; addresses where the
-- owner signed in recently are spared the per-account ceiling; the owner is told at most once
-- a day when it is reached. Password-reset requests are counted per account and per address.
-- Replaces login_failures (keyed "account:<email>" / "address:<ip>", which could not tell an
-- account's failures apart by address); its rows are throttling state only, so they are
-- dropped rather than converted.
DROP TABLE login_failures;

-- A failure is recorded before the password is verified and deleted when it proves right.
CREATE TABLE password_failures (
  id      TEXT    NOT NULL PRIMARY KEY,
  account TEXT    NOT NULL,  -- normalised email as typed, whether or not an account has it
  address TEXT    NOT NULL,  -- client address (IPv6: its /64)
  at      BIGINT  NOT NULL
);
CREATE INDEX password_failures_account_idx ON password_failures (account, at);
CREATE INDEX password_failures_address_idx ON password_failures (address, at);
CREATE INDEX password_failures_at_idx ON password_failures (at);

-- Where a person last signed in successfully with their password.
CREATE TABLE known_addresses (
  person_id    TEXT    NOT NULL REFERENCES people (id),
  address      TEXT    NOT NULL,
  last_seen_at BIGINT  NOT NULL,
  PRIMARY KEY (person_id, address)
);

-- When the owner was last told that their account's guessing ceiling was reached.
CREATE TABLE password_alerts (
  person_id TEXT    NOT NULL PRIMARY KEY REFERENCES people (id),
  sent_at   BIGINT  NOT NULL
);

-- Every password-reset request, mailed or not (requests for unknown emails are never mailed).
CREATE TABLE password_reset_requests (
  account TEXT    NOT NULL,
  address TEXT    NOT NULL,
  at      BIGINT  NOT NULL,
  mailed  INTEGER NOT NULL CHECK (mailed IN (0, 1))
);
CREATE INDEX password_reset_requests_account_idx ON password_reset_requests (account, at);
CREATE INDEX password_reset_requests_address_idx ON password_reset_requests (address, at);
CREATE INDEX password_reset_requests_at_idx ON password_reset_requests (at);
