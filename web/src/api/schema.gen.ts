// GENERATED FILE, DO NOT EDIT: the types of api/openapi.yaml, made by openapi-typescript
// (web/scripts/gen-api.mjs). Change the spec, then run `npm --prefix web run gen:api`; `make test` fails while
// this file is stale.
/* eslint-disable */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness (database reachable) */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["getOpenApiSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current session
         * @description Always (re)sets the `tandem_csrf` cookie when missing, also on 401.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Issues a new session id and CSRF token. 401 carries the same message for an unknown email
         *     and a wrong password. 429 (with `Retry-After`) when the password-guessing budget is spent:
         *     5 failures per account and client address or 100 per address in 15 minutes, or, from an
         *     address where the owner has not signed in during the last 90 days, 20 failures of the
         *     account in an hour. Invitation acceptance spends the same budget.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a password-reset link
         * @description 202 for any well-formed email, known or not. The link `/reset-password?token=...` goes to
         *     the outbox (mailed over SMTP, or waiting there in development mail mode), at most 3 links per account an hour (later requests still answer 202 and send
         *     nothing). 429 (with `Retry-After`) after 10 requests from the client address in an hour,
         *     whatever the emails.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset token
         * @description Ends every session of the account and voids its other outstanding reset links. The token
         *     is checked before the new password is hashed.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret invitation token from the link. */
                token: components["parameters"]["Token"];
            };
            cookie?: never;
        };
        /** What an invitation link offers */
        get: operations["getInvitationPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret invitation token from the link. */
                token: components["parameters"]["Token"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description New account: `name` and `password` are required. Existing account: the caller must be
         *     signed in as that email, or give that account's password, which spends the same
         *     password-guessing budget as sign-in (429 with `Retry-After` when spent). Signs the caller
         *     in and grants the roles and, for a program invitation, the enrollment. 409 when the
         *     invitation is no longer pending, or when another acceptance created the account meanwhile
         *     (accept again with that account's password).
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The time zone names a profile may hold, sorted
         * @description Every zone and link name of the IANA time zone database the server has (Debian's tzdata); a profile's time_zone must be one of them. The web app offers them and starts a new profile in the browser's zone when it is one of them.
         */
        get: operations["listTimeZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change display name or locale */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My profile (empty defaults when never saved) */
        get: operations["getMyProfile"];
        /** Replace my profile */
        put: operations["putMyProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enrollments in all organisations, newest first */
        get: operations["getMyEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations I belong to (all of them for a platform admin), by name */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Create an organisation and appoint its first admin (platform admin)
         * @description The creator does not become a member. When `admin_email` belongs to an account, that account is made org_admin at once (and told by email); otherwise an org_admin invitation is emailed to it. The invitation link is never part of the answer. Both steps and their audit entries are one transaction.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /** One organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/members": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /** Members by name (org_admin, coordinator) */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/members/{person}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Person id. */
                person: components["parameters"]["Person"];
            };
            cookie?: never;
        };
        get?: never;
        /** Replace a member's roles (org_admin; an admin cannot remove their own org_admin role) */
        put: operations["setMemberRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/members/{person}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Person id. */
                person: components["parameters"]["Person"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from the organisation (org_admin)
         * @description Ends the member's participation in every program of the organisation in one transaction (enrollments ended, pending requests withdrawn, open relationships ended with end_reason member_removed, draft-round proposals dropped; the other parties are notified), then removes the membership and its roles. Applying again later needs a coordinator's approval. An admin cannot remove themselves, nor the last administrator (409).
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /** Invitations, newest first (org_admin, coordinator) */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone
         * @description org_admin may grant any role; a coordinator may only invite to a program (roles within
         *     {mentor, mentee}). The response includes `link` (`/invite/{token}`); the email goes to the
         *     outbox.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/taxonomy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /** Skill and interest terms by label (any member) */
        get: operations["listTaxonomy"];
        put?: never;
        /** Add a term (org_admin) */
        post: operations["createTaxonomyTerm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/taxonomy/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a term (org_admin) */
        delete: operations["deleteTaxonomyTerm"];
        options?: never;
        head?: never;
        /**
         * Rename a term (org_admin)
         * @description Changes the term's label (trimmed, 1 to 80 characters). 409 when another term of the same kind already has that label in any case; 404 for a term of another organisation. Profiles keep their own words: renaming changes the organisation's list, not profiles.
         */
        patch: operations["renameTaxonomyTerm"];
        trace?: never;
    };
    "/api/v1/organisations/{org}/taxonomy/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * How many members' profiles use a term (org_admin)
         * @description The number of the organisation's members whose profile has the term's label (any case): skills taught or learnt for a skill, interests for an interest. Asked before a deletion.
         */
        get: operations["getTaxonomyTermUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/work-queue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /**
         * What waits for the organisation's staff, per program (coordinator, org_admin)
         * @description For each draft or open program, by name: pending applications, mentors of a youth program not yet screened and trained, active mentees with no proposed, active or paused match, pending requests that expire within `expiring_within_hours`, and match rounds in draft. Counted by the database; 403 for other members, 404 for outsiders.
         */
        get: operations["getWorkQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /** Programs by name (any member; drafts only for coordinators) */
        get: operations["listPrograms"];
        put?: never;
        /** Create a program (org_admin, coordinator) */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** One program */
        get: operations["getProgram"];
        /** Replace a program's settings (org_admin, coordinator) */
        put: operations["updateProgram"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** A program's participants by name (org_admin, coordinator) */
        get: operations["listEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to a program (any member)
         * @description Pending when the program requires approval, else active; 409 when already enrolled in that role. Re-applying after an enrollment ended is always pending.
         */
        post: operations["applyToProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/enrollments/{enrollment}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a pending enrollment (org_admin, coordinator) */
        post: operations["approveEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/enrollments/{enrollment}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a pending or active enrollment (org_admin, coordinator)
         * @description The enrollment becomes ended (kept for the history), and in this program the person's pending requests on that side are withdrawn, their open relationships end with end_reason enrollment_ended and their draft-round proposals are dropped; the other parties are notified. Applying again needs a coordinator's approval.
         */
        post: operations["endEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/enrollments/{enrollment}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a pending enrollment (org_admin, coordinator) */
        post: operations["declineEnrollment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/enrollments/{enrollment}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record a mentor's screening and training, mark a participant a minor, or set their grade and group (org_admin, coordinator)
         * @description Youth safeguarding (docs/security.md). Revoking screening or training, or marking a minor, withdraws the person's pending requests and unpublished proposals that no longer pass, pauses their proposed and active relationships with protected participants, and notifies the organisation's coordinators. Restoring never un-pauses. The minor mark is set on every enrollment of the person in the program; only coordinators change it (the person's own profile box can only add protection).
         */
        patch: operations["patchEnrollment"];
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/enrollments/{enrollment}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: string;
            };
            cookie?: never;
        };
        /**
         * A participant's profile as the program's coordinators may read it (org_admin, coordinator)
         * @description The person's mentoring profile without what they keep from coordinators: background answers that are private or for matching only are left out, and so is a minor's guardian contact (guardian_name and guardian_email are empty). Empty defaults when the person never saved a profile.
         */
        get: operations["getParticipantProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/bulk-approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve many pending applications at once (org_admin, coordinator)
         * @description One transaction, all or nothing: every id must name a pending enrollment of this program (1 to 200 ids, none twice).
         */
        post: operations["bulkApproveEnrollments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/bulk-checks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record many mentors' screening and training at once (org_admin, coordinator)
         * @description One transaction, all or nothing: every id must name a mentor's enrollment of this program (1 to 200 ids, none twice). Each change is audited as patchEnrollment's is, and revoking enforces youth safeguarding for everyone changed, as patchEnrollment does.
         */
        post: operations["bulkSetEnrollmentChecks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/paused-relationships": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The program's relationships paused by safeguarding, newest first (org_admin, coordinator) */
        get: operations["listPausedRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused relationship (org_admin, coordinator)
         * @description Back to active when both sides had accepted, else proposed. Refused (409) unless the mentor is screened and trained for a protected mentee (and no minor would mentor an adult), the mentor has room and the mentee may take another mentor.
         */
        post: operations["resumeRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outgoing messages, newest first (platform admin)
         * @description One page of messages with their delivery status. In `development` mail mode (the server has no `--smtp`) nothing is delivered and each message includes its `body`: the outbox is the mailbox. In `smtp` mode messages are delivered and no `body` is ever returned, so nobody (the platform admin included) reads a live reset or invitation token.
         */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform administrators' own actions, newest first (platform admin) */
        get: operations["listPlatformAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /**
         * The organisation's append-only audit log, newest first (org_admin)
         * @description Platform-administrator actions about the organisation and safeguarding actions in it (role changes, screening and training flags). Outsiders get 404, other members 403.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this server delivers mail (anyone) */
        get: operations["getMailStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/matching/settings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A program's matching settings (org_admin, coordinator)
         * @description The stored settings, or the program type's defaults; `priorities` always lists all nine criteria.
         */
        get: operations["getMatchingSettings"];
        /**
         * Replace a program's matching settings (org_admin, coordinator)
         * @description Criteria left out of `priorities` take the program type's defaults; the response lists all nine.
         */
        put: operations["putMatchingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/matching/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** Pairs the coordinator has excluded from matching, oldest first (org_admin, coordinator) */
        get: operations["listExclusions"];
        put?: never;
        /**
         * Never pair this mentee and mentor in this program (org_admin, coordinator)
         * @description Both people must be participants of the program (mentee and mentor); otherwise 400 naming the field.
         */
        post: operations["addExclusion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/matching/exclusions/{mentee}/{mentor}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description The mentee's person id. */
                mentee: string;
                /** @description The mentor's person id. */
                mentor: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Allow the pair again (org_admin, coordinator) */
        delete: operations["removeExclusion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/match-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The program's match rounds, newest first (org_admin, coordinator) */
        get: operations["listMatchRounds"];
        put?: never;
        /**
         * Run a match round (org_admin, coordinator)
         * @description Scores every in-scope pair of active mentees and mentors (hard constraints: youth
         *     screening, external consent, "must" criteria, exclusions, capacity, existing
         *     relationships), keeps each mentee's best `candidates_per_mentee` mentors and solves the
         *     assignment exactly. The result is a draft round: every proposal carries its reasons,
         *     every unmatched mentee a reason. The body may be empty (all defaults).
         */
        post: operations["runMatchRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/match-rounds/scope-preview": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How many active mentees a filter selects, before running a round (org_admin, coordinator)
         * @description Resolves a MenteeFilter (grade, group, language, first-generation) to the program's
         *     active mentees who pass it, and lists the values the filter may name. Changes nothing
         *     (a POST because the filter is a JSON body). 400 for a value no active mentee has; an
         *     empty selection answers count 0. Counted with the other match-round actions (429 with
         *     Retry-After beyond).
         */
        post: operations["previewMenteeScope"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        /** A round with its proposals and unmatched mentees (org_admin, coordinator) */
        get: operations["getMatchRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Solve a draft round again, keeping its locked proposals (org_admin, coordinator)
         * @description Same scope, objective and candidates_per_mentee; locked pairs stay when they still satisfy every hard constraint and fit capacity.
         */
        post: operations["rerunMatchRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a draft round's proposals into relationships (org_admin, coordinator)
         * @description All or nothing. Each proposal becomes a relationship, `proposed` when the program's
         *     settings require acceptance (both sides then accept) and `active` otherwise; both people
         *     are notified. The round becomes `published`.
         */
        post: operations["publishMatchRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a draft round aside (org_admin, coordinator)
         * @description The round becomes `discarded`: it keeps its proposals for the record, can no longer be
         *     edited, re-run or published, and leaves the coordinators' work queue. Nobody is notified
         *     (nobody was told of a draft).
         */
        post: operations["discardMatchRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/proposals/lock": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock or unlock a proposal of a draft round (org_admin, coordinator)
         * @description Locked proposals are kept by re-runs.
         */
        post: operations["lockProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/proposals/remove": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove a proposal from a draft round (org_admin, coordinator)
         * @description Also excludes the pair from the program's matching (listed under exclusions, reversible).
         */
        post: operations["removeProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/proposals/swap": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a mentee another mentor in a draft round, or assign one to an unmatched mentee (org_admin, coordinator)
         * @description The new pair must satisfy every hard constraint and fit the mentor's remaining capacity; the swapped proposal is locked. Without `from_mentor_id`, the mentee must be one the round left unmatched: the pair is added (locked) and the mentee leaves the unmatched list (409 when they already have every mentor the program allows).
         */
        post: operations["swapProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/unmatched-groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        /**
         * The round's unmatched mentees grouped by reason, with what to do about each (org_admin, coordinator)
         * @description One group per reason id, the most actionable first (reasons a hand assignment can fix,
         *     then those more mentors can fix, then the rest), mentees by name within a group. Each
         *     group lists its actions: `assign` (a mentor by hand, from the alternatives list, draft
         *     rounds only), `rerun` (a new draft round scoped to these mentees) and `invite` (more
         *     mentors), and `missing_skills`: what these mentees want to learn that no mentor of the
         *     round's scope with room left teaches to the level they want, most wanted first. Room
         *     counts existing relationships and, in a draft, the round's proposals. Costly: counted
         *     with the other match-round actions (429 with Retry-After beyond).
         */
        get: operations["listUnmatchedGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/match-rounds/{round}/proposals/{mentee}/alternatives": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
                /** @description Person id of a mentee with a proposal in the round. */
                mentee: string;
            };
            cookie?: never;
        };
        /**
         * Mentors who can take this mentee instead, best first (org_admin, coordinator)
         * @description The swap dialog of a draft round. Only mentors the swap would accept: every hard
         *     constraint passes (safeguarding, external consent, "must" criteria, exclusions, existing
         *     and declined relationships) and the mentor has room left after existing relationships
         *     and this round's current proposals (`room_left`). The mentee's current mentor is not
         *     listed. Sorted by score (descending), then name, then id, one page at a time, each with
         *     the pair's reasons.
         *
         *     For a mentee the round left unmatched (the hand assignment), every mentor of the
         *     program is listed, each with `not_chosen` (why the round did not choose them) and
         *     `available` (whether the swap without `from_mentor_id` would accept them): the
         *     available ones first, then those without room, then those a hard constraint rules out
         *     (score 0, no reasons); within each, by score, name and id. Costly: counted with the other match-round actions (120 a minute
         *     per session; 429 with Retry-After beyond).
         */
        get: operations["listSwapAlternatives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * Mentors recommended to the caller, best first (an active mentee of the program)
         * @description Only mentors with room who satisfy every hard constraint; sorted by score (descending), then name, then id, one page at a time. Costly: each session may ask 120 times a minute (429 with Retry-After beyond). A mentee who already holds every mentor the program allows gets no recommendations, and `matched` names their matches.
         */
        get: operations["recommendMentors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** The caller's own requests in this program, newest first (a mentee) */
        get: operations["listMyMentorRequests"];
        put?: never;
        /**
         * Ask a mentor to mentor the caller (an active mentee of the program)
         * @description At most 3 open (pending) requests at once, and one pending request per mentor (409 otherwise, and when the mentee already has as many mentors as the program allows); the mentor is notified. The request's score and reasons are fixed when it is made.
         */
        post: operations["requestMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/requests/{request}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Mentor request id. */
                request: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The requested mentor accepts
         * @description Creates an active relationship; when the mentee may have only one mentor, their other pending requests are withdrawn.
         */
        post: operations["acceptMentorRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/requests/{request}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Mentor request id. */
                request: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The requested mentor declines, with a reason for the mentee */
        post: operations["declineMentorRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/requests/{request}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Mentor request id. */
                request: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The mentee withdraws a pending request */
        post: operations["withdrawMentorRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests addressed to the caller as a mentor, in every organisation, newest first
         * @description Each request's reasons are the pair's, for the app to word for the caller.
         */
        get: operations["listIncomingMentorRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's relationships (as mentee or mentor), in every organisation, newest first */
        get: operations["listMyRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One side accepts a proposed relationship; when both have, it becomes active */
        post: operations["acceptRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One side declines a proposed relationship */
        post: operations["declineRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's in-app notifications, newest first */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A program's norms and its agreement versions, newest first
         * @description Members who may see the program read it; drafts only staff.
         */
        get: operations["getProgramAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/norms": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Replace a program's norms (coordinators and organisation admins) */
        put: operations["saveProgramNorms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/agreement/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the program's next agreement version (coordinators and organisation admins)
         * @description Version N+1; earlier versions stay readable. Every awaiting-agreement and active relationship of the program is asked to accept it (active ones stay active, flagged `needs_reacceptance`): both people are notified (agreement_updated) and a protected mentee's guardian is emailed a new link. 409 when another version was published at the same moment.
         */
        post: operations["publishAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/agreement/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Version number (1, 2, ...). */
                version: string;
            };
            cookie?: never;
        };
        /** One agreement version, as it was published */
        get: operations["getAgreementVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        /**
         * A relationship's agreement and who has accepted it
         * @description For the pair, their organisation's coordinators and admins; 404 for anyone else.
         */
        get: operations["getRelationshipAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/agreement/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mentee or the mentor accepts the current agreement version for their side
         * @description Idempotent. The last required acceptance makes an awaiting relationship active. 409 for an old or unknown version, a program without agreement, or a relationship that is neither awaiting its agreement nor active. Staff cannot accept for a side (403).
         */
        post: operations["acceptAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/agreement/guardian-link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the guardian's link for the current version again (coordinators and admins)
         * @description A new single-purpose link (14 days) is emailed to the mentee's profile guardian_email. 409 when no guardian is needed, the guardian already accepted, the profile has no guardian email, or the relationship is closed.
         */
        post: operations["sendGuardianLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token from the guardian's emailed link. */
                token: string;
            };
            cookie?: never;
        };
        /**
         * What a guardian's link shows (no account needed)
         * @description The agreement text, the program's name, the mentee's first name and the mentor's name, nothing more. 404 for an unknown, expired or superseded link; 429 after too many wrong links from one network.
         */
        get: operations["getGuardianAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agreement-links/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token from the guardian's emailed link. */
                token: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The guardian accepts the agreement through their link (idempotent) */
        post: operations["acceptGuardianAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * A relationship's engagement plan with its progress
         * @description For the pair, their organisation's coordinators and admins (read only) and a minor's guardian; 404 for anyone else, including another organisation's ids.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/plan/goals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mentee or the mentor adds a goal (with its milestones) at the end of the plan
         * @description 400 for invalid fields (title 1-200 characters, description up to 4000, a calendar date or null, at most 50 milestones) or a plan already holding 50 goals; 404 for staff (they read the plan; the write path does not show them the match); 409 when the relationship is not active or awaiting its agreement (an ended, declined, proposed or paused match's plan is read-only).
         */
        post: operations["addPlanGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/plan/goals/{goal}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Goal id. */
                goal: string;
            };
            cookie?: never;
        };
        get?: never;
        /**
         * The mentee or the mentor replaces a goal and its milestones
         * @description Names the goal's version it read: 409 when someone changed the goal since (nothing of theirs is lost; reload and try again), or when the plan is read-only. Milestones keep the ids they carry when the goal has them; milestones without an id are new; milestones left out are deleted. Limits and 404 for staff as for adding.
         */
        put: operations["updatePlanGoal"];
        post?: never;
        /**
         * The mentee or the mentor deletes a goal and its milestones
         * @description 409 when `version` is not the goal's current version or the plan is read-only.
         */
        delete: operations["deletePlanGoal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/plan-template": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A program's plan template (members who may see the program)
         * @description Version 0 with no goals when the program has none.
         */
        get: operations["getPlanTemplate"];
        /**
         * Replace a program's plan template (coordinators and organisation admins)
         * @description Names the version read (0 for none): 409 when someone saved it since. Every relationship created afterwards receives a copy, its due dates counted in calendar days from its start in the template's time zone; earlier relationships keep their plans. An empty list of goals gives new relationships no plan.
         */
        put: operations["savePlanTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * A relationship's meetings, latest start first
         * @description For the pair and their organisation's coordinators (the schedule only: `shared_notes` is null for them); 404 for anyone else, organisation admins, guardians and another organisation's ids included.
         */
        get: operations["listMeetings"];
        put?: never;
        /**
         * The mentee or the mentor proposes a meeting; the other side answers it
         * @description 400 for invalid details (a start in the past or more than two years ahead, a duration outside 5-480 minutes, an online meeting without an http(s) link, an in-person one without a place, an agenda over 4000 characters, an unknown time zone); 404 for anyone but the pair, their coordinator included (they read the schedule); 409 unless the relationship is active. The other side is notified (meeting_proposed).
         */
        post: operations["proposeMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        /** One meeting (readers as for the list) */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The side that did not propose the time accepts it
         * @description 409 unless the meeting is proposed, the caller did not propose it (either side answers a time Tandem proposed) and the relationship is active. The other side is notified (meeting_accepted). 404 for anyone but the pair (their coordinator included).
         */
        post: operations["acceptMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The side that did not propose the time declines it
         * @description Conditions as for accepting. The other side is notified (meeting_declined). 404 for anyone but the pair (their coordinator included).
         */
        post: operations["declineMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Either side moves a proposed or accepted meeting; it goes back to proposed for the other side
         * @description Details and 400s as for proposing; 409 unless the meeting is proposed or accepted and the relationship active. SEQUENCE of its calendar event rises. The other side is notified (meeting_rescheduled). 404 for anyone but the pair (their coordinator included).
         */
        post: operations["rescheduleMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Either side cancels a proposed or accepted meeting
         * @description 409 otherwise. Its calendar event becomes STATUS:CANCELLED with a higher SEQUENCE. The other side is notified (meeting_cancelled). 404 for anyone but the pair (their coordinator included).
         */
        post: operations["cancelMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/held": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Either side logs a meeting as held, with shared notes both sides read
         * @description 409 before the meeting's start or when it was declined or cancelled; logging again edits the notes. The first time, while the relationship is active, Tandem proposes the next meeting at the program's cadence (norms meeting_cadence_days; youth 14, adult 30 days by default), same local time, mode and duration, and notifies both sides (meeting_suggested); logging again never proposes a second one. 404 for anyone but the pair (their coordinator included).
         */
        post: operations["logMeetingHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/private-note": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        /**
         * The caller's own private notes on a meeting ('' when none)
         * @description Only ever the caller's own: no endpoint reads another person's private notes. 404 for anyone but the pair (their coordinator, organisation and platform admins included).
         */
        get: operations["getMyMeetingNote"];
        /**
         * The mentee or the mentor replaces their own private notes on a meeting
         * @description At most 20000 characters (400 beyond); an empty text deletes them. 404 for anyone but the pair.
         */
        put: operations["saveMyMeetingNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/meetings/{meeting}/ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        /**
         * The meeting as an iCalendar file (Add to calendar)
         * @description One VEVENT: UID stable for the meeting, SEQUENCE raised by every reschedule and cancellation, DTSTART and DTEND in UTC, STATUS TENTATIVE (proposed), CONFIRMED (accepted, held) or CANCELLED (declined, cancelled). Readers as for the meeting.
         */
        get: operations["getMeetingIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller has a calendar feed (its URL is shown only when created) */
        get: operations["getMyCalendarFeed"];
        put?: never;
        /**
         * Creates the caller's private calendar feed URL, or replaces it (the old URL stops working)
         * @description The URL (`<public URL>/calendar/<secret>.ics`) is returned this once; the server keeps only a hash of its secret. Subscribe to it from Google Calendar, Outlook or Apple Calendar.
         */
        post: operations["createMyCalendarFeed"];
        /** Revokes the caller's calendar feed (its URL answers 404 from now on) */
        delete: operations["revokeMyCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `<secret>.ics`, as the feed URL names it. */
                file: string;
            };
            cookie?: never;
        };
        /**
         * A person's calendar feed, for calendar applications (no session)
         * @description The meetings of every relationship the feed's owner is a side of, from 90 days ago on. An unknown, revoked or malformed secret is a 404 that says nothing more; 429 after too many wrong secrets from one network.
         */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/thread": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * A relationship message thread as the caller sees it
         * @description What the page needs besides the messages: whether the caller may write, report or review, whether coordinators can read the thread (`overseen`: youth programs; the page tells the pair), and the caller's unread count and read marker (the pair only). For the pair, and in youth programs the organisation's coordinators; 404 for everyone else (in adult programs the coordinators, organisation admins and platform admins too).
         */
        get: operations["getThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/thread/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The pair move their read marker
         * @description Marks the thread read up to a message of it; an older message than the marker changes nothing (the marker only moves forward). 403 for an overseeing coordinator, 404 for anyone who may not read the thread or a message of another thread.
         */
        post: operations["markThreadRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * A thread's messages, newest first
         * @description For whoever may read the thread (see getThread). Bodies are plain text: render them as text, never as HTML. `flag` is shown only to those who review flags (youth coordinators).
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * The mentee or the mentor writes a message
         * @description 400 for an empty body, over 4000 characters, invalid UTF-8 or control characters; 403 for an overseeing coordinator (they never write as the pair); 404 for anyone who may not read the thread; 409 unless the relationship is active (paused: contact is paused until a coordinator resumes it; ended: the thread stays readable). In a youth program a message holding contact details or a watch-list word is delivered and flagged for the coordinators (message_flagged). Open live streams of its readers are told at once.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/messages/{message}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Message id. */
                message: components["parameters"]["Message"];
            };
            cookie?: never;
        };
        /**
         * One message of a thread
         * @description As listMessages, for one message; 404 for a message of another thread.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/messages/{message}/resolve-flag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Message id. */
                message: components["parameters"]["Message"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A coordinator resolves a flagged message
         * @description Youth programs' coordinators only (403/404 otherwise); 409 when the message has no open flag. The note (up to 2000 characters, may be empty) stays with the flag.
         */
        post: operations["resolveMessageFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mentee or the mentor reports a message or a concern
         * @description A reason id (inappropriate, contact_outside, harassment, unsafe, spam, other) and the reporter's optional words; a report of a message names a message of the thread. The organisation's coordinators are notified (safety_report). In adult programs they read the report, never the thread. 403 for an overseeing coordinator.
         */
        post: operations["fileReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/unsafe": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mentee's "I feel unsafe" button
         * @description Pauses the relationship at once (no messages, no meeting proposals: 409 with a clear problem) until a coordinator resumes it (resumeRelationship), notifies the coordinators in the app (safety_report) and by email straight away, tells both sides the match is paused (match_paused), and is audited (relationship.unsafe_reported, ids only). 403 for the mentor and overseeing coordinators.
         */
        post: operations["feelUnsafe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/flagged-messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /**
         * The organisation's flagged messages (youth programs), newest first
         * @description Coordinators only: 404 for outsiders, 403 for other members, organisation admins included. Each carries its flag's reason ids (contact_email, contact_phone, contact_handle, contact_link, contact_app, watch_word) and its thread.
         */
        get: operations["listFlaggedMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/safety-reports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /**
         * The organisation's open safety reports, newest first
         * @description Coordinators only (as listFlaggedMessages). A report carries the reporter's words and the reported message's id, never a message's body.
         */
        get: operations["listSafetyReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/safety-reports/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A coordinator resolves a report with a note
         * @description Coordinators only; 409 when it is already resolved. Resuming a paused match is its own action (resumeRelationship).
         */
        post: operations["resolveSafetyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/programs/{id}/watch-words": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /**
         * A program's watch list
         * @description Words and phrases that flag a youth program's message for the coordinators (whole words, ignoring case and accents). For those who edit the program.
         */
        get: operations["getWatchWords"];
        /**
         * Replace a program's watch list
         * @description Up to 500 entries of up to 60 characters; entries are trimmed, and empty ones and duplicates (ignoring case and accents) dropped.
         */
        put: operations["saveWatchWords"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's unread messages over all their threads
         * @description Messages by others after the caller's read marker, per thread where the caller is the mentee or the mentor (threads with none left out), and their total for the navigation.
         */
        get: operations["getMyUnread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's live events (server-sent events)
         * @description A `text/event-stream` that stays open: `event: message` with `data` a JSON object {organisation_id, relationship_id, message_id} for each new message the caller may read (ids only: the page fetches what it shows through the REST reads), `event: ready` once open, and a comment line as a heartbeat every 20 seconds. The same session cookie and authorisation as the REST reads; closed when the session ends (sign-out, expiry). At most 5 streams per person (a sixth closes the oldest) and a server-wide cap (429 beyond it). Messages written on another server sharing the database arrive within about a second.
         */
        get: operations["streamMyEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        /**
         * A relationship manager's caseload, most urgent first
         * @description The active and paused relationships a coordinator manages (proposed and awaiting ones have not started), each with its health (on_track, needs_checkin, at_risk) computed now from its signals, the reasons as ids with parameters (docs/relationship_health.md), the last meeting and check-in and the next check-in due. `manager` is the caller when absent, another coordinator's id, or `none` for the relationships nobody manages; `status` keeps one health status (the counts are over the whole caseload). Coordinators of the organisation only: 403 for other members (an administrator who does not coordinate included), 404 for outsiders, 400 for a manager who is not a coordinator.
         */
        get: operations["getCaseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/manager": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * The relationship's manager
         * @description Coordinators of the organisation; 404 for anyone else, the pair included.
         */
        get: operations["getRelationshipManager"];
        /**
         * A coordinator assigns or reassigns the relationship's manager
         * @description The new manager must be a coordinator of the organisation (400 otherwise). Audited (relationship.manager_assigned); the new manager is notified (caseload_assigned) unless they assigned themselves. 404 for anyone but the organisation's coordinators.
         */
        put: operations["assignRelationshipManager"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * The relationship's check-ins, latest first
         * @description Notes and follow-ups are the coordinators' working record: 404 for anyone but the organisation's coordinators (the pair, a guardian and an administrator who does not coordinate included).
         */
        get: operations["listCheckins"];
        put?: never;
        /**
         * A coordinator logs a check-in, which restarts the check-in clock
         * @description with: mentee, mentor, both or guardian; held_on a date not in the future (today when absent); notes at most 5000 characters; at most 20 follow-ups, each with text (at most 500 characters) and a due date. 409 for a declined or ended relationship; 404 for anyone but the organisation's coordinators.
         */
        post: operations["logCheckin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/follow-ups/{follow_up}/done": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Follow-up id. */
                follow_up: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A coordinator marks a check-in's follow-up done
         * @description Again changes nothing. 404 for anyone but the organisation's coordinators.
         */
        post: operations["markFollowUpDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/relationships/{relationship}/pulse-answers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        /**
         * The relationship's answered pulse surveys, latest first (at most 24)
         * @description For the organisation's coordinators, who read the comments the survey form says are shared with them; 404 for anyone else (the pair, guardians and an administrator who does not coordinate included).
         */
        get: operations["listPulseAnswers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/pulse-surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's unanswered pulse surveys, newest first (at most 20) */
        get: operations["listMyPulseSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/pulse-surveys/{survey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Pulse survey id. */
                survey: string;
            };
            cookie?: never;
        };
        /**
         * A pulse survey, for its recipient
         * @description 404 for anyone but the participant it was sent to (coordinators included).
         */
        get: operations["getPulseSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{org}/pulse-surveys/{survey}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Pulse survey id. */
                survey: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The recipient answers a pulse survey (once)
         * @description rating 1-5, met_since, an optional comment (at most 1000 characters) that the program's coordinators read. The answer feeds the relationship's health. 409 when answered already; 404 for anyone but the recipient.
         */
        post: operations["answerPulseSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Ids travel as strings. */
        Id: string;
        /**
         * Format: date-time
         * @description RFC 3339, UTC.
         * @example 2026-11-25T18:30:00Z
         */
        Timestamp: string;
        /** @description RFC 9457 problem details. */
        Problem: {
            /**
             * Format: uri
             * @example https://tandem.dev/problems/invalid-argument
             */
            type: string;
            title: string;
            status: number;
            /** @description Human-readable explanation. */
            detail?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @example email */
            field: string;
            /** @example must be an email address */
            message: string;
        };
        HealthStatus: {
            /** @enum {string} */
            status: "ok" | "ready";
        };
        /** @enum {string} */
        Role: "org_admin" | "coordinator" | "mentor" | "mentee";
        /** @enum {string} */
        ProgramRole: "mentor" | "mentee";
        /** @enum {string} */
        Locale: "en" | "es";
        /** @enum {string} */
        OrganisationKind: "school" | "company" | "alumni" | "nonprofit" | "university";
        Membership: {
            organisation_id: components["schemas"]["Id"];
            organisation_name: string;
            organisation_kind: components["schemas"]["OrganisationKind"];
            roles: components["schemas"]["Role"][];
        };
        Me: {
            id: components["schemas"]["Id"];
            /** Format: email */
            email: string;
            name: string;
            locale: components["schemas"]["Locale"];
            is_platform_admin: boolean;
            memberships: components["schemas"]["Membership"][];
        };
        TimeZoneList: {
            names: string[];
        };
        MePatch: {
            name?: string;
            locale?: components["schemas"]["Locale"];
        };
        SessionInfo: {
            user: components["schemas"]["Me"];
            csrf_token: string;
        };
        LoginInput: {
            /** Format: email */
            email: string;
            password: string;
        };
        PasswordResetInput: {
            /** Format: email */
            email: string;
        };
        PasswordResetAccepted: {
            /** @enum {string} */
            status: "accepted";
            /** @description Human-readable; says a link is on its way if the email has an account. */
            detail: string;
        };
        PasswordResetConfirmInput: {
            token: string;
            password: string;
        };
        Organisation: {
            id: components["schemas"]["Id"];
            name: string;
            slug: string;
            kind: components["schemas"]["OrganisationKind"];
            created_at: components["schemas"]["Timestamp"];
        };
        OrganisationInput: {
            name: string;
            slug: string;
            kind: components["schemas"]["OrganisationKind"];
            /**
             * Format: email
             * @description The first organisation administrator.
             */
            admin_email: string;
        };
        CreatedOrganisation: components["schemas"]["Organisation"] & {
            first_admin: {
                email: string;
                /**
                 * @description invited = an invitation was emailed; appointed = an existing account is org_admin now.
                 * @enum {string}
                 */
                status: "invited" | "appointed";
            };
        };
        AuditEntry: {
            id: string;
            /** @description null for platform-wide entries (platform_admin.granted). */
            organisation_id: string | null;
            /** @description A stable id, rendered by clients from it and `params`: organisation.created, organisation.first_admin_invited, organisation.first_admin_appointed, platform_admin.granted, member.roles_changed, enrollment.screening_changed, enrollment.training_changed, enrollment.minor_mark_changed, enrollment.ended, member.removed, relationship.resumed, relationship.unsafe_reported, relationship.manager_assigned (more may be added). */
            action: string;
            /** @description Who acted; null for the command line (an operator holding the database). */
            actor: null | components["schemas"]["AuditPerson"];
            /** @description The person acted upon, if any. */
            subject: null | components["schemas"]["AuditPerson"];
            /** @description Key/value strings (ids, role names, "true"/"false"); never sentences. */
            params: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at: string;
        };
        AuditPerson: {
            person_id: string;
            /** @description The name as it is now; empty when the account no longer exists. */
            name: string;
        };
        /** @description Opaque; pass it as `cursor` to read the next page of the same list (with the same filters). null on the last page. */
        NextCursor: string | null;
        AuditEntryPage: {
            items: components["schemas"]["AuditEntry"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        EnrollmentPage: {
            items: components["schemas"]["Enrollment"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ExclusionPage: {
            items: components["schemas"]["Exclusion"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        InvitationPage: {
            items: components["schemas"]["Invitation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        MatchRoundPage: {
            items: components["schemas"]["MatchRound"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        RecommendationPage: {
            items: components["schemas"]["Recommendation"][];
            next_cursor: components["schemas"]["NextCursor"];
            /** @description Empty while the mentee may take another mentor. Once they hold every mentor the program allows (a published round or an accepted request matched them), nothing is recommended (items is empty) and this lists the matches they hold, so the app says they have a mentor and links to the match. */
            matched: components["schemas"]["HeldMatch"][];
        };
        HeldMatch: {
            relationship_id: components["schemas"]["Id"];
            /** @description The other person of the match (in a peer program, the peer). */
            mentor_id: components["schemas"]["Id"];
            mentor_name: string;
            status: components["schemas"]["RelationshipStatus"];
        };
        MentorRequestPage: {
            items: components["schemas"]["MentorRequest"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        OrganisationPage: {
            items: components["schemas"]["Organisation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ProgramPage: {
            items: components["schemas"]["Program"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        RelationshipPage: {
            items: components["schemas"]["Relationship"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        TaxonomyTermPage: {
            items: components["schemas"]["TaxonomyTerm"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        ProgramType: "one_to_one" | "group" | "peer" | "flash";
        /** @enum {string} */
        Audience: "youth" | "adult";
        /** @enum {string} */
        ProgramStatus: "draft" | "open" | "closed";
        ProgramCounts: {
            mentors: number;
            mentees: number;
            pending: number;
        };
        Program: {
            id: components["schemas"]["Id"];
            organisation_id: components["schemas"]["Id"];
            name: string;
            description: string;
            type: components["schemas"]["ProgramType"];
            audience: components["schemas"]["Audience"];
            /**
             * Format: date
             * @description Both dates null means the program is evergreen.
             */
            start_date: string | null;
            /** Format: date */
            end_date: string | null;
            default_mentor_capacity: number;
            requires_approval: boolean;
            status: components["schemas"]["ProgramStatus"];
            created_at: components["schemas"]["Timestamp"];
            counts: components["schemas"]["ProgramCounts"];
        };
        ProgramInput: {
            name: string;
            description: string;
            type: components["schemas"]["ProgramType"];
            audience: components["schemas"]["Audience"];
            /** Format: date */
            start_date: string | null;
            /** Format: date */
            end_date: string | null;
            default_mentor_capacity: number;
            requires_approval: boolean;
            /** @description Optional. A new program (POST) without it starts as "draft" (seen only by staff until opened); an update (PUT) without it sets "open". */
            status?: components["schemas"]["ProgramStatus"];
        };
        /** @enum {string} */
        EnrollmentStatus: "pending" | "active" | "declined" | "withdrawn" | "ended";
        Enrollment: {
            id: components["schemas"]["Id"];
            program_id: components["schemas"]["Id"];
            program_name: string;
            person_id: components["schemas"]["Id"];
            person_name: string;
            /** Format: email */
            person_email: string;
            /** @description The program's organisation. */
            organisation_id: components["schemas"]["Id"];
            /** @description The program's organisation's name when the person is a member of it; empty for a participant from outside it. Never the name of another organisation. */
            home_organisation_name: string;
            role: components["schemas"]["ProgramRole"];
            status: components["schemas"]["EnrollmentStatus"];
            /** @enum {string} */
            source: "invitation" | "application";
            /** @description Application message. */
            message: string;
            /** @description Meaningful for mentors. */
            screening_cleared: boolean;
            /** @description Meaningful for mentors. */
            training_complete: boolean;
            /** @description A coordinator marked this participant a minor (set only by coordinators). */
            minor_marked: boolean;
            /** @description The participant's grade in this program, set by coordinators to choose a round's mentees by filters ('' = none). */
            grade: string;
            /** @description The participant's group in this program, set by coordinators ('' = none). */
            group: string;
            /** @description The person's own profile says they are a minor. */
            self_declared_minor: boolean;
            /** @description Safeguarding protects this participant: every mentee of a youth program, and any minor (by mark or own box). Mentors reach a protected mentee only while screened and trained in the program. */
            protected: boolean;
            created_at: components["schemas"]["Timestamp"];
        };
        ApplicationInput: {
            role: components["schemas"]["ProgramRole"];
            message: string;
        };
        EnrollmentPatch: {
            screening_cleared?: boolean;
            training_complete?: boolean;
            /** @description Coordinator's mark that the participant is a minor (any role). */
            minor_marked?: boolean;
            /** @description The participant's grade in this program (any role), for choosing a round's mentees by filters. Trimmed; at most 40 characters, no control characters; '' clears it. */
            grade?: string;
            /** @description The participant's group in this program (any role). Same rules as grade. */
            group?: string;
        };
        BulkApproveInput: {
            enrollment_ids: components["schemas"]["Id"][];
        };
        /** @description At least one of screening_cleared and training_complete. */
        BulkChecksInput: {
            enrollment_ids: components["schemas"]["Id"][];
            screening_cleared?: boolean;
            training_complete?: boolean;
        };
        EnrollmentList: {
            items: components["schemas"]["Enrollment"][];
        };
        /** @enum {string} */
        InvitationStatus: "pending" | "accepted" | "revoked" | "expired";
        Invitation: {
            id: components["schemas"]["Id"];
            organisation_id: components["schemas"]["Id"];
            /** Format: email */
            email: string;
            roles: components["schemas"]["Role"][];
            program_id: string | null;
            program_role: components["schemas"]["ProgramRole"] | null;
            status: components["schemas"]["InvitationStatus"];
            invited_by_name: string;
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
            /**
             * @description Only in the response to POST; contains the secret token (`/invite/{token}`).
             * @example /invite/6f1c0c2b9a
             */
            link?: string;
        };
        InvitationInput: {
            /** Format: email */
            email: string;
            roles: components["schemas"]["Role"][];
            program_id?: components["schemas"]["Id"];
            program_role?: components["schemas"]["ProgramRole"];
        };
        InvitationPreview: {
            organisation_name: string;
            program_name: string | null;
            /** Format: email */
            email: string;
            roles: components["schemas"]["Role"][];
            program_role: components["schemas"]["ProgramRole"] | null;
            account_exists: boolean;
            status: components["schemas"]["InvitationStatus"];
        };
        /** @description New account - name and password required. Existing account - password unless signed in as that email. */
        AcceptInvitationInput: {
            name?: string;
            password?: string;
        };
        Level: number;
        SkillTeach: {
            skill: string;
            level: components["schemas"]["Level"];
        };
        /** @description target_level >= current_level. */
        SkillLearn: {
            skill: string;
            current_level: components["schemas"]["Level"];
            target_level: components["schemas"]["Level"];
        };
        Goal: {
            text: string;
            tags: string[];
        };
        /** @enum {string} */
        BackgroundField: "first_generation" | "low_income" | "cultural_background" | "gender" | "disability" | "veteran" | "lgbtq";
        /** @enum {string} */
        Visibility: "private" | "matching" | "coordinators" | "participants";
        BackgroundEntry: {
            field: components["schemas"]["BackgroundField"];
            value: string;
            visibility: components["schemas"]["Visibility"];
        };
        MentorSettings: {
            capacity: number;
            accepts_external_mentees: boolean;
        };
        MenteePreferences: {
            /** @description Prefers a mentor from another organisation (a matching criterion). */
            wants_outside_mentor: boolean;
            /** @description The gender the mentee would prefer their mentor to have, in their own words; '' (the default when absent in input) means no preference. Trimmed; at most 80 characters after trimming (longer is a 400 naming mentee.preferred_mentor_gender). Matching compares it, ignoring case, with the mentor's own "gender" background answer when that answer is not private, under the background criterion: a match is explained as "matches your preferred mentor gender: <value>", and with background set to must only mentors who meet it are proposed or recommended. Always present in responses. */
            preferred_mentor_gender?: string;
        };
        /** @description guardian_email is required and must be valid when is_minor. */
        MinorInfo: {
            is_minor: boolean;
            guardian_name: string;
            guardian_email: string;
        };
        ProfileInput: {
            /** @description The person's display name. */
            name: string;
            headline: string;
            bio: string;
            skills_teach: components["schemas"]["SkillTeach"][];
            skills_learn: components["schemas"]["SkillLearn"][];
            interests: string[];
            goals: components["schemas"]["Goal"][];
            /** @description ISO 639-1 codes; trimmed and lower-cased, duplicates dropped. */
            languages: string[];
            /**
             * @description A zone or link name of the IANA time zone database the server has (Debian's tzdata), e.g. "America/Chicago", "UTC"; any other name is a 422 field error.  Matching uses the zone's real offsets, daylight saving time included.
             * @example America/Chicago
             */
            time_zone: string;
            availability_hours_per_month: number;
            background: components["schemas"]["BackgroundEntry"][];
            mentor: components["schemas"]["MentorSettings"];
            mentee?: components["schemas"]["MenteePreferences"];
            minor: components["schemas"]["MinorInfo"];
        };
        /** @description ProfileInput plus person_id and updated_at. */
        Profile: components["schemas"]["ProfileOutputFields"] & {
            person_id: components["schemas"]["Id"];
            /** @description RFC 3339 timestamp of the last save (null when never saved). */
            updated_at: string | null;
        };
        /** @description The ProfileInput fields as the server returns them. */
        ProfileOutputFields: {
            name: string;
            headline: string;
            bio: string;
            skills_teach: components["schemas"]["SkillTeach"][];
            skills_learn: components["schemas"]["SkillLearn"][];
            interests: string[];
            goals: components["schemas"]["Goal"][];
            languages: string[];
            time_zone: string;
            availability_hours_per_month: number;
            background: components["schemas"]["BackgroundEntry"][];
            mentor: components["schemas"]["MentorSettings"];
            mentee?: components["schemas"]["MenteePreferences"];
            minor: components["schemas"]["MinorInfo"];
        };
        /** @enum {string} */
        TaxonomyKind: "skill" | "interest";
        TaxonomyTerm: {
            id: components["schemas"]["Id"];
            kind: components["schemas"]["TaxonomyKind"];
            label: string;
        };
        TaxonomyTermInput: {
            kind: components["schemas"]["TaxonomyKind"];
            label: string;
        };
        TaxonomyTermRename: {
            label: string;
        };
        TaxonomyTermUsage: {
            term: components["schemas"]["TaxonomyTerm"];
            /** @description Members whose profile has the term's label. */
            profiles: number;
        };
        WorkQueue: {
            /** @description Flagged youth messages waiting for a coordinator (the safety queue). */
            open_flags: number;
            /** @description Open safety reports, "I feel unsafe" included (the safety queue). */
            open_reports: number;
            programs: components["schemas"]["ProgramWork"][];
            expiring_within_hours: number;
        };
        ProgramWork: {
            program_id: components["schemas"]["Id"];
            program_name: string;
            /** @enum {string} */
            program_status: "draft" | "open";
            /** @enum {string} */
            audience: "youth" | "adult";
            applications: number;
            mentors_not_cleared: number;
            unmatched_mentees: number;
            requests_expiring: number;
            draft_rounds: number;
        };
        Member: {
            person_id: components["schemas"]["Id"];
            name: string;
            /** Format: email */
            email: string;
            roles: components["schemas"]["Role"][];
        };
        MemberRolesInput: {
            roles: components["schemas"]["Role"][];
        };
        /**
         * @description `development`: mail is not delivered, the outbox is the mailbox. `smtp`: mail is delivered through the configured SMTP server.
         * @enum {string}
         */
        MailMode: "development" | "smtp";
        MailStatus: {
            mode: components["schemas"]["MailMode"];
        };
        /** @description One page of the outbox, with the server's mail mode. */
        Outbox: {
            mode: components["schemas"]["MailMode"];
            items: components["schemas"]["OutboxMessage"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /** @enum {string} */
        DeliveryStatus: "pending" | "sending" | "sent" | "failed";
        OutboxMessage: {
            id: components["schemas"]["Id"];
            to: string;
            subject: string;
            /** @description Only in `development` mail mode. */
            body?: string;
            created_at: components["schemas"]["Timestamp"];
            status: components["schemas"]["DeliveryStatus"];
            /** @description Delivery attempts started so far. */
            attempts: number;
            /** @description When a pending message is next tried; null otherwise. */
            next_attempt_at: components["schemas"]["Timestamp"] | null;
            /** @description Why the last attempt failed (short, no secrets); null when none did. */
            last_error: string | null;
            /** @description When the mail server accepted the message; null until then. */
            sent_at: components["schemas"]["Timestamp"] | null;
        };
        /** @enum {string} */
        MatchingCriterion: "skills" | "interests" | "goals" | "background" | "language" | "time_zone" | "availability" | "outside_organisation" | "experience_gap";
        /**
         * @description "must" makes the criterion a hard constraint (the pair must earn points on it); "ignore" leaves it out.
         * @enum {string}
         */
        MatchingPriority: "must" | "high" | "medium" | "low" | "ignore";
        /** @description Criterion name to priority. */
        MatchingPriorities: {
            skills?: components["schemas"]["MatchingPriority"];
            interests?: components["schemas"]["MatchingPriority"];
            goals?: components["schemas"]["MatchingPriority"];
            background?: components["schemas"]["MatchingPriority"];
            language?: components["schemas"]["MatchingPriority"];
            time_zone?: components["schemas"]["MatchingPriority"];
            availability?: components["schemas"]["MatchingPriority"];
            outside_organisation?: components["schemas"]["MatchingPriority"];
            experience_gap?: components["schemas"]["MatchingPriority"];
        };
        MatchingSettings: {
            program_id: components["schemas"]["Id"];
            /** @description Always lists all nine criteria. */
            priorities: components["schemas"]["MatchingPriorities"] & unknown;
            max_mentors_per_mentee: number;
            /** @description Published matches wait for both sides to accept. */
            require_acceptance: boolean;
            request_expiry_days: number;
            /** @description Equity priority - mentees with this background value are matched first (null = none). */
            priority_field: components["schemas"]["BackgroundField"] | null;
            priority_value: string | null;
        };
        /**
         * @description Criteria left out of `priorities` take the program type's defaults. `priority_field` and
         *     `priority_value` are both null (or empty) or both set. Unknown criteria and priorities
         *     are a 400 naming `priorities.<criterion>`.
         */
        MatchingSettingsInput: {
            /** @description Accepted (as GET returns it) and ignored; the path decides. */
            program_id?: components["schemas"]["Id"];
            priorities: components["schemas"]["MatchingPriorities"];
            max_mentors_per_mentee: number;
            require_acceptance: boolean;
            request_expiry_days: number;
            priority_field: components["schemas"]["BackgroundField"] | null;
            priority_value: string | null;
        };
        Exclusion: {
            mentee_id: components["schemas"]["Id"];
            mentor_id: components["schemas"]["Id"];
            reason: string;
            created_at: components["schemas"]["Timestamp"];
        };
        ExclusionInput: {
            mentee_id: components["schemas"]["Id"];
            mentor_id: components["schemas"]["Id"];
            /** @description Trimmed; at most 500 characters. */
            reason?: string;
        };
        /**
         * @description score = highest total score; coverage = most mentees matched, then highest score.
         * @enum {string}
         */
        MatchObjective: "score" | "coverage";
        /** @enum {string} */
        MatchRoundStatus: "draft" | "published" | "discarded";
        MatchRound: {
            id: components["schemas"]["Id"];
            program_id: components["schemas"]["Id"];
            objective: components["schemas"]["MatchObjective"];
            status: components["schemas"]["MatchRoundStatus"];
            /** @description The mentee scope (person ids); empty = every active mentee. */
            mentee_ids: components["schemas"]["Id"][];
            /** @description The mentor scope (person ids); empty = every active mentor. */
            mentor_ids: components["schemas"]["Id"][];
            created_at: components["schemas"]["Timestamp"];
            published_at: components["schemas"]["Timestamp"] | null;
            total_score: number;
            matched: number;
            unmatched: number;
            /** @description Score given up to match the equity priority group first. */
            priority_cost: number;
            /** @description How many best mentors per mentee the solver considered (K, as given when the round was run; 100 by default). Re-runs use the same K. */
            candidates_per_mentee: number;
        };
        Proposal: {
            mentee_id: components["schemas"]["Id"];
            mentee_name: string;
            mentor_id: components["schemas"]["Id"];
            mentor_name: string;
            score: number;
            reasons: components["schemas"]["Reasons"];
            /** @description Kept by re-runs. */
            locked: boolean;
        };
        UnmatchedMentee: {
            mentee_id: components["schemas"]["Id"];
            mentee_name: string;
            reason_id: components["schemas"]["UnmatchedReasonId"];
            /** @description best_mentors_taken, suitable_mentors_taken, suitable_peers_taken: {candidates}; no_suitable_mentor: {cause (an infeasibility id or excluded_or_matched), count (the mentors it rules out), mentors (in scope)}; the others: {}. */
            params: components["schemas"]["ReasonParams"];
        };
        /**
         * @description Why no mentor was proposed, worded by the app in the reader's language. not_recorded: rounds computed before reasons were data.
         * @enum {string}
         */
        UnmatchedReasonId: "mentee_limit_reached" | "no_mentors_in_scope" | "best_mentors_taken" | "suitable_mentors_taken" | "no_suitable_mentor" | "no_suitable_peer" | "suitable_peers_taken" | "removed_by_coordinator" | "mentor_left" | "mentor_not_cleared" | "not_recorded";
        /**
         * @description Why a pair cannot be matched (the cause of no_suitable_mentor).
         * @enum {string}
         */
        InfeasibilityId: "youth_screening" | "internal_only" | "no_shared_language" | "no_skills" | "no_goals" | "no_interests" | "no_background" | "preference_missed" | "no_waking_overlap" | "no_time" | "same_organisation" | "no_experience_gap" | "excluded_or_matched" | "minor_mentor";
        /** @description A match round with its proposals (by mentee name) and unmatched mentees. */
        RoundView: components["schemas"]["MatchRound"] & {
            proposals: components["schemas"]["Proposal"][];
            unmatched_mentees: components["schemas"]["UnmatchedMentee"][];
        };
        MatchRoundInput: {
            /** @description Default "score". */
            objective?: components["schemas"]["MatchObjective"];
            /** @description Active mentees' person ids (default every active mentee); anyone else is a 400. */
            mentee_ids?: components["schemas"]["Id"][];
            /** @description Instead of mentee_ids: the active mentees who pass the filter when the round runs (recorded as the round's mentee_ids). 400 together with mentee_ids, for a value no active mentee has, and when it selects nobody. */
            mentee_filter?: components["schemas"]["MenteeFilter"];
            /** @description Active mentors' person ids (default every active mentor); anyone else is a 400. */
            mentor_ids?: components["schemas"]["Id"][];
            /**
             * @description How many best mentors per mentee the solver considers.
             * @default 100
             */
            candidates_per_mentee?: number;
        };
        /** @description Chooses mentees by what they are, not by name. Every condition given must hold; each list keeps mentees with any of its values (values must be ones the program's active mentees have; see the scope preview's options). An empty filter selects every active mentee. */
        MenteeFilter: {
            grades?: string[];
            groups?: string[];
            /** @description Language codes (any case); a mentee who speaks one of them passes. */
            languages?: string[];
            /** @description true keeps only mentees who told the program's coordinators (visibility coordinators or participants) that they are first-generation; private answers and answers kept for matching only never count. false adds no condition. */
            first_generation?: boolean;
        };
        MenteeScopePreview: {
            /** @description How many active mentees the filter selects. */
            count: number;
            mentee_ids: components["schemas"]["Id"][];
            active_mentees: number;
            /** @description The values the program's active mentees have, sorted. */
            options: {
                grades: string[];
                groups: string[];
                languages: string[];
            };
        };
        ProposalPairInput: {
            mentee_id: components["schemas"]["Id"];
            mentor_id: components["schemas"]["Id"];
        };
        ProposalLockInput: {
            mentee_id: components["schemas"]["Id"];
            mentor_id: components["schemas"]["Id"];
            locked: boolean;
        };
        ProposalSwapInput: {
            mentee_id: components["schemas"]["Id"];
            /** @description The current mentor; left out to assign a mentor to an unmatched mentee. */
            from_mentor_id?: components["schemas"]["Id"];
            to_mentor_id: components["schemas"]["Id"];
        };
        /** @description A reason's facts by name, each a number, a string or a list of strings. */
        ReasonParams: {
            [key: string]: number | string | string[];
        };
        /**
         * @description One reason of a pair's score, as data the app words in the reader's language and from the reader's side (the mentee reads "teaches SQL at level 4, you want level 3", the mentor "wants to learn SQL to level 3, you teach it at level 4"). Params by id: shared_language {languages: [language codes such as es]}; skill_match {skill, mentor_level, target_level} (levels 1-5); goals_overlap {words: [shared terms]}; shared_interests {interests: [names]}; background_match and preference_met {field (an id such as cultural_background), value}; time_zone {min_minutes, max_minutes} (the clocks' difference over the seasons, 0-720); availability {mentee_hours, mentor_hours} (a month); outside_organisation and experience_gap {}.
         * @example {
         *       "id": "skill_match",
         *       "points": 25,
         *       "params": {
         *         "skill": "SQL",
         *         "mentor_level": 4,
         *         "target_level": 3
         *       }
         *     }
         */
        Reason: {
            /** @enum {string} */
            id: "shared_language" | "skill_match" | "goals_overlap" | "shared_interests" | "background_match" | "preference_met" | "time_zone" | "availability" | "outside_organisation" | "experience_gap";
            points: number;
            params: components["schemas"]["ReasonParams"];
        };
        /** @description The pair's reasons, biggest first; their points add up to the score participants see. Empty for records made before reasons were data. */
        Reasons: components["schemas"]["Reason"][];
        Recommendation: {
            mentor_id: components["schemas"]["Id"];
            name: string;
            headline: string;
            score: number;
            /**
             * @description The score in plain words, for the mentee: its share of the most this mentee can earn
             *     under the program's weights, counting only the criteria the mentee gave something
             *     for (at least 60% excellent, 45% strong, 30% good, else fair; few pairs reach 60%).
             * @enum {string}
             */
            fit: "excellent" | "strong" | "good" | "fair";
            reasons: components["schemas"]["Reasons"];
            remaining_capacity: number;
            /** @description The mentor comes from another organisation than the mentee. */
            outside_organisation: boolean;
            /** @description The caller has a pending request to this mentor. */
            requested: boolean;
        };
        MentorAlternativePage: {
            items: components["schemas"]["MentorAlternative"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        MentorAlternative: {
            mentor_id: components["schemas"]["Id"];
            name: string;
            score: number;
            reasons: components["schemas"]["Reasons"];
            /** @description Places the mentor still has after existing relationships and this round's current proposals (at least 1 in the swap list). */
            room_left: number;
            /** @description The swap (or, for an unmatched mentee, the assignment) would accept this mentor. */
            available: boolean;
            not_chosen?: components["schemas"]["NotChosen"];
        };
        /** @description Why the round did not give an unmatched mentee this mentor, worded by the app. Params by id: hard_constraint {cause (an InfeasibilityId)}; full_before_round {capacity} (existing relationships use every place); taken_by_better_fits and taken_for_cohort {mentees, lowest_score} (this round gave every place left to other mentees, each fitting at least as well, or some less well for the best result over the cohort); outside_round_scope {}; beyond_candidates {rank, candidates} (below the mentee's best K); room_opened {room} (places opened after the round ran). */
        NotChosen: {
            /** @enum {string} */
            id: "hard_constraint" | "full_before_round" | "taken_by_better_fits" | "taken_for_cohort" | "outside_round_scope" | "beyond_candidates" | "room_opened";
            params: components["schemas"]["ReasonParams"];
        };
        /**
         * @description assign = give a mentee a mentor by hand; rerun = a new draft round for just these mentees; invite = invite mentors with the skills they need.
         * @enum {string}
         */
        UnmatchedAction: "assign" | "rerun" | "invite";
        UnmatchedGroups: {
            groups: components["schemas"]["UnmatchedGroup"][];
        };
        UnmatchedGroup: {
            reason_id: components["schemas"]["UnmatchedReasonId"];
            /** @description What this reason calls for, the most useful first (empty when nothing is to be done). */
            actions: components["schemas"]["UnmatchedAction"][];
            mentees: components["schemas"]["UnmatchedMentee"][];
            /** @description Skills these mentees want to learn that no mentor of the round's scope with room left teaches to the level wanted, most wanted first. */
            missing_skills: {
                skill: string;
                /** @description How many of the group's mentees want it. */
                mentees: number;
            }[];
        };
        /** @enum {string} */
        MentorRequestStatus: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
        MentorRequest: {
            id: components["schemas"]["Id"];
            organisation_id: components["schemas"]["Id"];
            program_id: components["schemas"]["Id"];
            program_name: string;
            mentee_id: components["schemas"]["Id"];
            mentee_name: string;
            mentor_id: components["schemas"]["Id"];
            mentor_name: string;
            message: string;
            status: components["schemas"]["MentorRequestStatus"];
            /** @description Empty unless declined. */
            decline_reason: string;
            /**
             * @description Why a withdrawn request was withdrawn, an id the reader's app words: matched_elsewhere (the mentee was matched by a published round or another mentor's acceptance, and holds every mentor the program allows); empty otherwise (the mentee withdrew it, or a side left the program).
             * @enum {string}
             */
            withdraw_reason: "" | "matched_elsewhere";
            score: number;
            /** @description The pair's reasons at request time; each side's app words them for its reader. */
            reasons: components["schemas"]["Reasons"];
            created_at: components["schemas"]["Timestamp"];
            expires_at: components["schemas"]["Timestamp"];
            decided_at: components["schemas"]["Timestamp"] | null;
        };
        MentorRequestInput: {
            mentor_id: components["schemas"]["Id"];
            /** @description Trimmed; at most 2000 characters. */
            message?: string;
        };
        DeclineRequestInput: {
            /** @description Required (not blank), so the mentee knows why. */
            reason: string;
        };
        /**
         * @description paused: safeguarding paused it (no contact); only a coordinator resumes it. awaiting_agreement: it would be active, but its program's agreement is not yet accepted by everyone it needs (it holds the mentor's place like proposed).
         * @enum {string}
         */
        RelationshipStatus: "proposed" | "active" | "declined" | "ended" | "paused" | "awaiting_agreement";
        Relationship: {
            id: components["schemas"]["Id"];
            organisation_id: components["schemas"]["Id"];
            program_id: components["schemas"]["Id"];
            program_name: string;
            mentee_id: components["schemas"]["Id"];
            mentee_name: string;
            mentor_id: components["schemas"]["Id"];
            mentor_name: string;
            status: components["schemas"]["RelationshipStatus"];
            /** @enum {string} */
            source: "match_round" | "request";
            mentee_accepted: boolean;
            mentor_accepted: boolean;
            /** @description The sum of the points the reasons name. Background answers a person keeps from participants may have helped the match but are never named nor counted here. */
            score: number;
            /** @description The pair's reasons; the app words them for the reader (the person in mentee_id, the person in mentor_id, or a coordinator naming both). */
            reasons: components["schemas"]["Reasons"];
            /**
             * @description Why an ended relationship ended, as a reason id the app words in the reader's language: one side left the organisation (member_removed), lost their mentor or mentee role (role_removed), or had their place in the program ended by a coordinator (enrollment_ended). Empty otherwise.
             * @enum {string}
             */
            end_reason: "" | "member_removed" | "role_removed" | "enrollment_ended";
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description What happened. match_proposed / match_matched: a published round proposed (acceptance required) or made a match; match_accepted: the other side accepted, the reader has not yet; match_confirmed: the other side accepted last, the match is active; match_declined: the other side declined; match_paused / match_resumed: safeguarding paused the match, a coordinator resumed it; request_received / request_accepted / request_declined: a mentee asked the reader, the mentor accepted or declined the reader's request; request_withdrawn: a request was withdrawn because one side left the program; relationship_ended: the other side left the program; enrollment_ended: the reader's own place in a program ended; safeguarding_paused (to coordinators): what a safeguarding change paused and withdrew; agreement_updated: the program published a new agreement version the reader must accept; request_matched_elsewhere (to a mentor): the mentee's request was withdrawn because they were matched; meeting_proposed / meeting_accepted / meeting_declined / meeting_rescheduled / meeting_cancelled: the other side proposed, accepted, declined, moved or cancelled a meeting; meeting_suggested: Tandem proposed the pair's next meeting at the program's cadence; message_flagged (to coordinators): a youth program's message was flagged; safety_report (to coordinators): a participant reported a message or a concern, or a mentee pressed "I feel unsafe"; caseload_assigned (to a coordinator): they now manage a relationship; pulse_survey_due: a pulse survey about the reader's relationship waits.
         * @enum {string}
         */
        NotificationKind: "match_proposed" | "match_matched" | "match_accepted" | "match_confirmed" | "match_declined" | "match_paused" | "match_resumed" | "request_received" | "request_accepted" | "request_declined" | "request_withdrawn" | "relationship_ended" | "enrollment_ended" | "safeguarding_paused" | "agreement_updated" | "request_matched_elsewhere" | "meeting_proposed" | "meeting_suggested" | "meeting_accepted" | "meeting_declined" | "meeting_rescheduled" | "meeting_cancelled" | "message_flagged" | "safety_report" | "caseload_assigned" | "pulse_survey_due";
        /** @description The kind's parameters, all strings (names as the app shows them, counts in decimal). Each kind carries exactly these (none on notifications older than parameters): match_proposed, match_matched: relationship_id, program_name, other_name, other_role; match_accepted, match_confirmed, match_declined, relationship_ended: relationship_id, program_name, other_name; match_paused, match_resumed: relationship_id, program_name; request_received: request_id, program_name, mentee_name; request_accepted: request_id, relationship_id, program_name, mentor_name; request_declined: request_id, program_name, mentor_name, reason; request_withdrawn: request_id, program_name, other_name, left; enrollment_ended: program_id, program_name; safeguarding_paused: program_id, program_name, paused, requests_withdrawn, proposals_withdrawn; agreement_updated: relationship_id, program_name, version; request_matched_elsewhere: request_id, program_name, mentee_name; meeting_proposed, meeting_suggested, meeting_accepted, meeting_declined, meeting_rescheduled, meeting_cancelled: relationship_id, meeting_id, program_name, other_name, start_at; message_flagged: program_id, program_name, relationship_id, message_id; safety_report: program_id, program_name, relationship_id, report_id, report_kind; caseload_assigned: relationship_id, program_name, mentee_name, mentor_name; pulse_survey_due: survey_id, program_name, other_name. */
        NotificationParams: {
            survey_id?: components["schemas"]["Id"];
            relationship_id?: components["schemas"]["Id"];
            request_id?: components["schemas"]["Id"];
            program_id?: components["schemas"]["Id"];
            program_name?: string;
            /** @description The other person of the match or request, from the reader's side. */
            other_name?: string;
            /**
             * @description Who the other person is to the reader.
             * @enum {string}
             */
            other_role?: "mentor" | "mentee" | "peer";
            mentee_name?: string;
            mentor_name?: string;
            /** @description The mentor's own words when declining (may be empty). */
            reason?: string;
            /**
             * @description The side that left the program (the reader is the other one).
             * @enum {string}
             */
            left?: "mentee" | "mentor";
            /** @description Matches paused (a count). */
            paused?: string;
            requests_withdrawn?: string;
            proposals_withdrawn?: string;
            /** @description An agreement version number. */
            version?: string;
            meeting_id?: components["schemas"]["Id"];
            /**
             * Format: date-time
             * @description The meeting's start (UTC), shown in the reader's time zone.
             */
            start_at?: string;
            message_id?: components["schemas"]["Id"];
            report_id?: components["schemas"]["Id"];
            /** @enum {string} */
            report_kind?: "message" | "concern" | "unsafe";
        };
        /** @description A notice to the caller, as data: a kind and its parameters, never a sentence. The app words each kind in the reader's language from its parameters. Notifications written before kinds had parameters (server migration 0015) carry empty `params`; show a generic line for their kind. */
        Notification: {
            id: components["schemas"]["Id"];
            organisation_id: components["schemas"]["Id"];
            kind: components["schemas"]["NotificationKind"];
            params: components["schemas"]["NotificationParams"];
            /** @description A client route, e.g. /relationships/{id}. */
            link: string;
            created_at: components["schemas"]["Timestamp"];
            read: boolean;
        };
        /** @enum {string} */
        AgreementParty: "mentee" | "mentor" | "guardian";
        ProgramNorms: {
            expectations: string;
            meeting_frequency: string;
            /** @description Days between meetings: after a meeting is logged as held, Tandem proposes the next one this many days later at the same local time. 0 means the audience's default (youth 14, adult 30). */
            meeting_cadence_days: number;
            /** @description Days between the relationship manager's check-ins (0: the audience's default, youth 30, adult 45). */
            checkin_cadence_days: number;
            /** @description Days after activation of the first pulse survey (0 for 30). */
            pulse_first_days: number;
            /** @description Days between later pulse surveys (0 for 60). */
            pulse_every_days: number;
            confidentiality: string;
            /** @description How to end a relationship. */
            ending: string;
            updated_at: components["schemas"]["Timestamp"] | null;
        };
        /** @description Each field at most 2000 characters; newlines allowed. */
        ProgramNormsInput: {
            expectations: string;
            meeting_frequency: string;
            /** @description Days between meetings (0 or absent: the audience's default). */
            meeting_cadence_days?: number;
            /** @description Days between the relationship manager's check-ins (0: the audience's default, youth 30, adult 45). */
            checkin_cadence_days?: number;
            /** @description Days after activation of the first pulse survey (0 for 30). */
            pulse_first_days?: number;
            /** @description Days between later pulse surveys (0 for 60). */
            pulse_every_days?: number;
            confidentiality: string;
            ending: string;
        };
        AgreementTextInput: {
            /** @description Plain text, 1 to 20000 characters. */
            text: string;
        };
        AgreementAcceptInput: {
            /** @description The version the person read; must be the current one. */
            version: number;
        };
        AgreementVersion: {
            program_id: components["schemas"]["Id"];
            version: number;
            text: string;
            published_at: components["schemas"]["Timestamp"];
        };
        ProgramAgreement: {
            program_id: components["schemas"]["Id"];
            norms: components["schemas"]["ProgramNorms"];
            /** @description Newest first; empty when the program has no agreement. */
            versions: components["schemas"]["AgreementVersion"][];
        };
        AgreementAcceptance: {
            party: components["schemas"]["AgreementParty"];
            /** @description The person who accepted; null for a guardian (no account). */
            person_id: components["schemas"]["Id"] | null;
            version: number;
            accepted_at: components["schemas"]["Timestamp"];
        };
        RelationshipAgreement: {
            relationship_id: components["schemas"]["Id"];
            relationship_status: components["schemas"]["RelationshipStatus"];
            program_id: components["schemas"]["Id"];
            program_name: string;
            /** @description The program's current version; null when it has no agreement. */
            current: components["schemas"]["AgreementVersion"] | null;
            /** @description Who must accept (a guardian when the mentee is protected in the program). */
            required_parties: components["schemas"]["AgreementParty"][];
            /** @description Required parties who have not accepted the current version. */
            pending_parties: components["schemas"]["AgreementParty"][];
            /** @description Active, but a newer version awaits someone's acceptance. */
            needs_reacceptance: boolean;
            /** @description The side the caller accepts for; null for staff. */
            viewer_party: components["schemas"]["AgreementParty"] | null;
            /** @description Every acceptance of every version, oldest first. */
            acceptances: components["schemas"]["AgreementAcceptance"][];
        };
        GuardianAgreement: {
            program_name: string;
            mentee_first_name: string;
            mentor_name: string;
            version: number;
            text: string;
            /** @description The guardian has accepted this version. */
            accepted: boolean;
            expires_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description Which side of the pair owns a goal or milestone.
         * @enum {string}
         */
        PlanSide: "mentee" | "mentor";
        /** @enum {string} */
        PlanStatus: "not_started" | "in_progress" | "done" | "dropped";
        /** @description Done over total milestones; dropped milestones count in neither. */
        PlanProgress: {
            done: number;
            total: number;
        };
        /** @description A calendar date in the plan's time zone; null for none. */
        PlanDueDate: string | null;
        PlanMilestone: {
            id: components["schemas"]["Id"];
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            due_date: components["schemas"]["PlanDueDate"];
            status: components["schemas"]["PlanStatus"];
        };
        PlanGoal: {
            id: components["schemas"]["Id"];
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            due_date: components["schemas"]["PlanDueDate"];
            status: components["schemas"]["PlanStatus"];
            /** @description Raised by every change of the goal or its milestones; writes name it. */
            version: number;
            progress: components["schemas"]["PlanProgress"];
            milestones: components["schemas"]["PlanMilestone"][];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        Plan: {
            relationship_id: components["schemas"]["Id"];
            relationship_status: components["schemas"]["RelationshipStatus"];
            program_id: components["schemas"]["Id"];
            /** @description The caller's side; null for staff and guardians. */
            viewer_side: components["schemas"]["PlanSide"] | null;
            /** @description The caller is a side and the relationship is active or awaiting its agreement. */
            can_edit: boolean;
            progress: components["schemas"]["PlanProgress"];
            goals: components["schemas"]["PlanGoal"][];
        };
        PlanMilestoneInput: {
            /** @description An existing milestone's id (kept); omit for a new one. */
            id?: string;
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            due_date: components["schemas"]["PlanDueDate"];
            status: components["schemas"]["PlanStatus"];
        };
        PlanGoalInput: {
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            due_date: components["schemas"]["PlanDueDate"];
            status: components["schemas"]["PlanStatus"];
            milestones: components["schemas"]["PlanMilestoneInput"][];
        };
        PlanGoalUpdate: {
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            due_date: components["schemas"]["PlanDueDate"];
            status: components["schemas"]["PlanStatus"];
            milestones: components["schemas"]["PlanMilestoneInput"][];
            /** @description The goal's version the caller read. */
            version: number;
        };
        PlanTemplateMilestone: {
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            /** @description Due this many weeks after the relationship starts. */
            due_week: number;
        };
        PlanTemplateGoal: {
            title: string;
            description: string;
            owner: components["schemas"]["PlanSide"];
            due_week: number;
            milestones: components["schemas"]["PlanTemplateMilestone"][];
        };
        PlanTemplate: {
            program_id: components["schemas"]["Id"];
            /** @description The IANA time zone due dates are counted in. */
            time_zone: string;
            /** @description 0 when never saved. */
            version: number;
            updated_at: components["schemas"]["Timestamp"] | null;
            goals: components["schemas"]["PlanTemplateGoal"][];
        };
        PlanTemplateInput: {
            time_zone: string;
            /** @description The version read (0 when none). */
            version: number;
            goals: components["schemas"]["PlanTemplateGoal"][];
        };
        MeetingInput: {
            /**
             * Format: date-time
             * @description The start, RFC 3339 (any offset; stored and answered in UTC); from five minutes ago (clock differences) to two years ahead.
             */
            start_at: string;
            duration_minutes: number;
            /** @enum {string} */
            mode: "online" | "in_person";
            /** @description Online, an http(s) link; in person, the place. */
            location: string;
            agenda?: string;
            /** @description The proposer's IANA time zone: the next meeting Tandem proposes keeps this zone's clock time. */
            time_zone: string;
        };
        MeetingNotesInput: {
            shared_notes: string;
        };
        PrivateMeetingNote: {
            text: string;
        };
        Meeting: {
            id: string;
            relationship_id: string;
            /** Format: date-time */
            start_at: string;
            duration_minutes: number;
            /** @enum {string} */
            mode: "online" | "in_person";
            location: string;
            agenda: string;
            time_zone: string;
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined" | "cancelled" | "held";
            /**
             * @description Who proposed the current time; system is Tandem's proposal after a held meeting, which either side answers.
             * @enum {string}
             */
            proposer: "mentee" | "mentor" | "system";
            /** @description Notes both sides read; null for readers who may not (the coordinator). */
            shared_notes: string | null;
            /** @description The calendar event's SEQUENCE. */
            sequence: number;
            /** @description The held meeting after which Tandem proposed this one. */
            follows_meeting_id: string | null;
            /** @description The caller's side; null for the coordinator. */
            viewer_side: components["schemas"]["PlanSide"] | null;
            can_answer: boolean;
            can_change: boolean;
            can_log: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        Thread: {
            relationship_id: components["schemas"]["Id"];
            /** @enum {string} */
            relationship_status: "proposed" | "active" | "declined" | "ended" | "paused" | "awaiting_agreement";
            /** @description The caller's side; null for an overseeing coordinator. */
            viewer_side: components["schemas"]["PlanSide"] | null;
            /** @description A youth program's thread, which its coordinators can read; the page says so. */
            overseen: boolean;
            can_write: boolean;
            can_report: boolean;
            /** @description The mentee, while contact is not paused. */
            can_feel_unsafe: boolean;
            /** @description The caller reviews flags (a youth program's coordinator). */
            can_review: boolean;
            unread: number;
            read_message_id: string | null;
        };
        MessageFlag: {
            /** @enum {string} */
            status: "open" | "resolved";
            reasons: ("contact_email" | "contact_phone" | "contact_handle" | "contact_link" | "contact_app" | "watch_word")[];
            note: string;
            /** Format: date-time */
            resolved_at: string | null;
        };
        Message: {
            id: components["schemas"]["Id"];
            relationship_id: components["schemas"]["Id"];
            author_id: components["schemas"]["Id"];
            author_side: components["schemas"]["PlanSide"] | null;
            mine: boolean;
            /** @description Plain text; render as text, never as HTML. */
            body: string;
            /** Format: date-time */
            created_at: string;
            /** @description Only for those who review flags; null otherwise and when not flagged. */
            flag: components["schemas"]["MessageFlag"] | null;
        };
        MessagePage: {
            items: components["schemas"]["Message"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        ThreadContext: {
            program_id: components["schemas"]["Id"];
            program_name: string;
            mentee_id: components["schemas"]["Id"];
            mentee_name: string;
            mentor_id: components["schemas"]["Id"];
            mentor_name: string;
        };
        /** @description A flagged message with its thread, for the coordinators' queue. */
        FlaggedMessage: {
            id: components["schemas"]["Id"];
            relationship_id: components["schemas"]["Id"];
            author_id: components["schemas"]["Id"];
            author_side: components["schemas"]["PlanSide"] | null;
            mine: boolean;
            body: string;
            /** Format: date-time */
            created_at: string;
            flag: components["schemas"]["MessageFlag"];
            thread: components["schemas"]["ThreadContext"];
        };
        FlaggedMessagePage: {
            items: components["schemas"]["FlaggedMessage"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        SafetyReport: {
            id: components["schemas"]["Id"];
            relationship_id: components["schemas"]["Id"];
            /** @enum {string} */
            kind: "message" | "concern" | "unsafe";
            message_id: string | null;
            /** @enum {string} */
            reason: "inappropriate" | "contact_outside" | "harassment" | "unsafe" | "spam" | "other";
            text: string;
            reporter_id: components["schemas"]["Id"];
            reporter_name: string;
            /** @enum {string} */
            status: "open" | "resolved";
            resolution_note: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            resolved_at: string | null;
            thread: components["schemas"]["ThreadContext"];
        };
        SafetyReportPage: {
            items: components["schemas"]["SafetyReport"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        UnreadSummary: {
            total: number;
            threads: {
                organisation_id: components["schemas"]["Id"];
                relationship_id: components["schemas"]["Id"];
                unread: number;
            }[];
        };
        WatchWords: {
            words: string[];
        };
        MessageInput: {
            /** @description 1 to 4000 characters of plain text. */
            body: string;
        };
        ReadMarkerInput: {
            message_id: components["schemas"]["Id"];
        };
        ResolutionInput: {
            note: string;
        };
        ReportInput: {
            /** @enum {string} */
            kind: "message" | "concern";
            message_id?: components["schemas"]["Id"];
            /** @enum {string} */
            reason: "inappropriate" | "contact_outside" | "harassment" | "unsafe" | "spam" | "other";
            text?: string;
        };
        UnsafeInput: {
            /** @description The mentee's optional words for the coordinator. */
            text?: string;
        };
        MeetingPage: {
            items: components["schemas"]["Meeting"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        CalendarFeedStatus: {
            active: boolean;
            /** Format: date-time */
            created_at: string | null;
        };
        NewCalendarFeed: {
            /** @description The private feed URL, shown this once. */
            url: string;
            /** Format: date-time */
            created_at: string;
        };
        /** @description One reason of a relationship's health (docs/relationship_health.md), worded by the app. Params by id: paused {}; no_meeting_for, no_meeting_yet, checkin_due, no_checkin_yet, met_recently {days, cadence}; quiet_messages, no_messages, just_started {days}; milestones_overdue, follow_ups_overdue {count}; pulse_low, pulse_mixed {score}; pulse_not_met {}. */
        HealthReason: {
            id: string;
            /** @enum {string} */
            level: "on_track" | "needs_checkin" | "at_risk";
            params: components["schemas"]["ReasonParams"];
        };
        CaseloadEntry: {
            relationship_id: string;
            program_id: string;
            program_name: string;
            mentee_id: string;
            mentee_name: string;
            mentor_id: string;
            mentor_name: string;
            /** @enum {string} */
            relationship_status: "proposed" | "active" | "declined" | "ended" | "paused" | "awaiting_agreement";
            /** @enum {string} */
            health: "on_track" | "needs_checkin" | "at_risk";
            reasons: components["schemas"]["HealthReason"][];
            last_meeting_at: components["schemas"]["Timestamp"] | null;
            /** Format: date */
            last_checkin_on: string | null;
            /** Format: date */
            next_checkin_due: string;
            meeting_cadence_days: number;
            checkin_cadence_days: number;
            milestones_done: number;
            milestones_total: number;
        };
        Caseload: {
            items: components["schemas"]["CaseloadEntry"][];
            next_cursor: components["schemas"]["NextCursor"];
            /** @description null for the relationships nobody manages. */
            manager_id: string | null;
            manager_name: string | null;
            counts: {
                on_track: number;
                needs_checkin: number;
                at_risk: number;
            };
        };
        RelationshipManager: {
            relationship_id: string;
            manager_id: string | null;
            manager_name: string | null;
            assigned_at: components["schemas"]["Timestamp"] | null;
        };
        RelationshipManagerInput: {
            manager_id: string;
        };
        FollowUp: {
            id: string;
            text: string;
            /** Format: date */
            due_date: string;
            done_at: components["schemas"]["Timestamp"] | null;
        };
        Checkin: {
            id: string;
            relationship_id: string;
            /** @enum {string} */
            with: "mentee" | "mentor" | "both" | "guardian";
            /** Format: date */
            held_on: string;
            notes: string;
            author_id: string;
            author_name: string;
            follow_ups: components["schemas"]["FollowUp"][];
            created_at: components["schemas"]["Timestamp"];
        };
        CheckinPage: {
            items: components["schemas"]["Checkin"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        CheckinInput: {
            /** @enum {string} */
            with: "mentee" | "mentor" | "both" | "guardian";
            /** @description YYYY-MM-DD, not in the future; today (UTC) when absent. */
            held_on?: string;
            notes?: string;
            follow_ups?: {
                text: string;
                due_date: string;
            }[];
        };
        PulseSurvey: {
            id: string;
            organisation_id: string;
            relationship_id: string;
            program_name: string;
            /** @description The other side of the relationship. */
            other_name: string;
            /** Format: date */
            due_on: string;
            sent_at: components["schemas"]["Timestamp"];
            answered_at: components["schemas"]["Timestamp"] | null;
            rating: number | null;
            met_since: boolean | null;
            comment: string | null;
        };
        PulseSurveyList: {
            items: components["schemas"]["PulseSurvey"][];
        };
        PulseAnswerList: {
            items: {
                id: string;
                /** @enum {string} */
                side: "mentee" | "mentor";
                /** Format: date */
                due_on: string;
                answered_at: components["schemas"]["Timestamp"];
                rating: number;
                met_since: boolean;
                comment: string;
            }[];
        };
        PulseAnswerInput: {
            rating: number;
            met_since: boolean;
            /** @description Shared with the program's coordinators; at most 1000 characters. */
            comment?: string;
        };
    };
    responses: {
        /** @description invalid-argument (names the offending fields in `errors`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description unauthenticated (not signed in, or wrong email/password). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description permission-denied, or csrf when the X-CSRF-Token header is missing or wrong. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description not-found (also for other organisations' ids). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description already-exists or failed-precondition. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description payload-too-large (bodies are limited to 1 MiB). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description unsupported-media-type (bodies must be application/json). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description resource-exhausted. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description unavailable (for example the database is unreachable). */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Message id. */
        Message: string;
        /** @description Meeting id. */
        Meeting: string;
        /** @description Relationship id. */
        PlanRelationship: string;
        /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
        Limit: number;
        /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
        Cursor: string;
        /** @description The secret invitation token from the link. */
        Token: string;
        /** @description Organisation id. */
        Org: string;
        /** @description Person id. */
        Person: string;
        /** @description Id of the resource named by the preceding path segment. */
        Id: string;
        /** @description Enrollment id. */
        EnrollmentId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            503: components["responses"]["Unavailable"];
        };
    };
    getOpenApiSpec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginInput"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetInput"];
            };
        };
        responses: {
            /** @description Accepted (the same answer whether or not the email has an account). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmInput"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid or expired token, or a password shorter than 10 characters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getInvitationPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret invitation token from the link. */
                token: components["parameters"]["Token"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret invitation token from the link. */
                token: components["parameters"]["Token"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationInput"];
            };
        };
        responses: {
            /** @description Accepted and signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTimeZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeZoneList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Me. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MePatch"];
            };
        };
        responses: {
            /** @description Me, updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    putMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileInput"];
            };
        };
        responses: {
            /** @description The saved profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMyEnrollments: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enrollments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
        };
    };
    createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOrganisation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /** @description Text search on name and email. */
                q?: string;
                role?: components["schemas"]["Role"];
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    setMemberRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Person id. */
                person: components["parameters"]["Person"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberRolesInput"];
            };
        };
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Person id. */
                person: components["parameters"]["Person"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations, without `link`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitationInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listTaxonomy: {
        parameters: {
            query?: {
                kind?: components["schemas"]["TaxonomyKind"];
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Terms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyTermPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createTaxonomyTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxonomyTermInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyTerm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deleteTaxonomyTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    renameTaxonomyTerm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxonomyTermRename"];
            };
        };
        responses: {
            /** @description The renamed term. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyTerm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getTaxonomyTermUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The term and its usage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyTermUsage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getWorkQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The work queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkQueue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPrograms: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Programs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramInput"];
            };
        };
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listEnrollments: {
        parameters: {
            query?: {
                role?: components["schemas"]["ProgramRole"];
                status?: components["schemas"]["EnrollmentStatus"];
                /** @description Text search on name and email. */
                q?: string;
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enrollments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    applyToProgram: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Already enrolled in that role, or the program is not open. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    approveEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment, now active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    endEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment, now ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    declineEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment, now declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    patchEnrollment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: components["parameters"]["EnrollmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentPatch"];
            };
        };
        responses: {
            /** @description The enrollment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Enrollment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (screening and training apply to mentors only). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getParticipantProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Enrollment id. */
                enrollment: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    bulkApproveEnrollments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkApproveInput"];
            };
        };
        responses: {
            /** @description The enrollments after the change, in the order of the ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description not-found (no such program, or an id that names no enrollment of this program, whatever organisation it belongs to; nothing was changed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (an enrollment is not pending; nothing was changed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    bulkSetEnrollmentChecks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkChecksInput"];
            };
        };
        responses: {
            /** @description The enrollments after the change, in the order of the ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description not-found (no such program, or an id that names no enrollment of this program, whatever organisation it belongs to; nothing was changed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (an enrollment is not a mentor's; nothing was changed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listPausedRelationships: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paused relationships. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resumeRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (not paused, not cleared, or no room). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mail mode and the messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outbox"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listPlatformAudit: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getMailStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mail mode. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "mode": "development"
                     *     }
                     */
                    "application/json": components["schemas"]["MailStatus"];
                };
            };
        };
    };
    getMatchingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingSettings"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    putMatchingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchingSettingsInput"];
            };
        };
        responses: {
            /** @description The settings as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchingSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listExclusions: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Exclusions, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExclusionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addExclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExclusionInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exclusion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description already-exists (the pair is already excluded). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    removeExclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description The mentee's person id. */
                mentee: string;
                /** @description The mentor's person id. */
                mentor: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listMatchRounds: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rounds (without proposals). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchRoundPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    runMatchRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MatchRoundInput"];
            };
        };
        responses: {
            /** @description The new draft round. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    previewMenteeScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MenteeFilter"];
            };
        };
        responses: {
            /** @description The selection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenteeScopePreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMatchRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    rerunMatchRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (the round is not a draft, or it was edited or published while it re-ran). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    publishMatchRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (the round is not a draft, a mentor no longer has room, a mentee already has as many mentors as allowed, or a pair is already matched; re-run first). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    discardMatchRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discarded round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (the round is not a draft). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    lockProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalLockInput"];
            };
        };
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description not-found (no such round, or no such proposal in it). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (the round is not a draft). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    removeProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalPairInput"];
            };
        };
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description not-found (no such round, or no such proposal in it). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (the round is not a draft). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    swapProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalSwapInput"];
            };
        };
        responses: {
            /** @description The round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description not-found (no such round, mentee or proposal). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition or already-exists (the pair breaks a hard constraint, the mentor is full, the pair is already proposed, or the round is not a draft). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUnmatchedGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnmatchedGroups"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSwapAlternatives: {
        parameters: {
            query?: {
                /** @description Only mentors whose name contains this text (case-insensitive, at most 200 characters). */
                q?: string;
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Match round id. */
                round: string;
                /** @description Person id of a mentee with a proposal in the round. */
                mentee: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alternatives. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorAlternativePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description not-found (no such round in this organisation, or the mentee is neither proposed nor unmatched in it). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (the round is not a draft). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    recommendMentors: {
        parameters: {
            query?: {
                /** @description Only mentors who speak this ISO 639-1 language. */
                language?: string;
                /** @description Only mentors who teach this skill (case-insensitive). */
                skill?: string;
                /** @description true = only mentors from another organisation; false (or absent) = no filter. */
                outside?: "true" | "false";
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recommendations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (the caller is not an active mentee of the program). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    listMyMentorRequests: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    requestMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorRequestInput"];
            };
        };
        responses: {
            /** @description Created (pending). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description already-exists (a pending request to this mentor) or failed-precondition (3 open requests, the caller already has a mentor or is already matched with this one, the pair breaks a hard constraint, or the caller is not an active mentee). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acceptMentorRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Mentor request id. */
                request: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, now accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description not-found (no such request addressed to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (no longer pending, the mentor is full, or the mentee already has a mentor). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    declineMentorRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Mentor request id. */
                request: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineRequestInput"];
            };
        };
        responses: {
            /** @description The request, now declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description not-found (no such request addressed to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (no longer pending). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    withdrawMentorRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Mentor request id. */
                request: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request, now withdrawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description not-found (no such request made by the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (no longer pending). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listIncomingMentorRequests: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorRequestPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
        };
    };
    listMyRelationships: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Relationships. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
        };
    };
    acceptRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description not-found (no such relationship of the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (the relationship is no longer proposed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    declineRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship, now declined. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            /** @description not-found (no such relationship of the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description failed-precondition (the relationship is no longer proposed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read (idempotent). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getProgramAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Norms and versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramAgreement"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    saveProgramNorms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgramNormsInput"];
            };
        };
        responses: {
            /** @description The norms saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramNorms"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    publishAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementTextInput"];
            };
        };
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getAgreementVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
                /** @description Version number (1, 2, ...). */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersion"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRelationshipAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipAgreement"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    acceptAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementAcceptInput"];
            };
        };
        responses: {
            /** @description The agreement state after accepting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipAgreement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description failed-precondition (old version, no agreement, or the relationship is closed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    sendGuardianLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipAgreement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getGuardianAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token from the guardian's emailed link. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuardianAgreement"];
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    acceptGuardianAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret token from the guardian's emailed link. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement, accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuardianAgreement"];
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    addPlanGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanGoalInput"];
            };
        };
        responses: {
            /** @description The goal added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanGoal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    updatePlanGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Goal id. */
                goal: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanGoalUpdate"];
            };
        };
        responses: {
            /** @description The goal after the change (version raised by one). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanGoal"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    deletePlanGoal: {
        parameters: {
            query: {
                /** @description The goal's version the caller read. */
                version: number;
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Goal id. */
                goal: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    getPlanTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanTemplate"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    savePlanTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanTemplateInput"];
            };
        };
        responses: {
            /** @description The template saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanTemplate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Meetings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    proposeMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description The meeting, proposed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    acceptMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    declineMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    rescheduleMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingInput"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    cancelMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    logMeetingHeld: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingNotesInput"];
            };
        };
        responses: {
            /** @description The meeting after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meeting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMyMeetingNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateMeetingNote"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    saveMyMeetingNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivateMeetingNote"];
            };
        };
        responses: {
            /** @description The notes saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateMeetingNote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMeetingIcs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Meeting id. */
                meeting: components["parameters"]["Meeting"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar file (Content-Disposition attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    getMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedStatus"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    createMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new feed URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewCalendarFeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    revokeMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (also when there was none). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `<secret>.ics`, as the feed URL names it. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    markThreadRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadMarkerInput"];
            };
        };
        responses: {
            /** @description The thread after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageInput"];
            };
        };
        responses: {
            /** @description The message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Message id. */
                message: components["parameters"]["Message"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    resolveMessageFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Message id. */
                message: components["parameters"]["Message"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionInput"];
            };
        };
        responses: {
            /** @description The message with its resolved flag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    fileReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInput"];
            };
        };
        responses: {
            /** @description The report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    feelUnsafe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnsafeInput"];
            };
        };
        responses: {
            /** @description The report of kind unsafe. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listFlaggedMessages: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open flags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlaggedMessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSafetyReports: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyReportPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    resolveSafetyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolutionInput"];
            };
        };
        responses: {
            /** @description The resolved report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SafetyReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getWatchWords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchWords"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    saveWatchWords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Id of the resource named by the preceding path segment. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchWords"];
            };
        };
        responses: {
            /** @description The saved list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchWords"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getMyUnread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unread counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadSummary"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    streamMyEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCaseload: {
        parameters: {
            query?: {
                manager?: string;
                status?: "on_track" | "needs_checkin" | "at_risk";
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caseload page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caseload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRelationshipManager: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The manager (null when nobody manages it). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipManager"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    assignRelationshipManager: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelationshipManagerInput"];
            };
        };
        responses: {
            /** @description The manager now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipManager"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listCheckins: {
        parameters: {
            query?: {
                /** @description Items per page, a whole number from 1 to 200 (default 50). Anything else is a 400 naming `limit`. */
                limit?: components["parameters"]["Limit"];
                /** @description The `next_cursor` of the previous page of the same list (opaque; omit for the first page). Anything else, a cursor of another list included, is a 400 naming `cursor`. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Check-ins. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckinPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    logCheckin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckinInput"];
            };
        };
        responses: {
            /** @description The check-in. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checkin"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    markFollowUpDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
                /** @description Follow-up id. */
                follow_up: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    listPulseAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Relationship id. */
                relationship: components["parameters"]["PlanRelationship"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseAnswerList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    listMyPulseSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Surveys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseSurveyList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
        };
    };
    getPulseSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Pulse survey id. */
                survey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseSurvey"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
        };
    };
    answerPulseSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisation id. */
                org: components["parameters"]["Org"];
                /** @description Pulse survey id. */
                survey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PulseAnswerInput"];
            };
        };
        responses: {
            /** @description The survey, answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PulseSurvey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
