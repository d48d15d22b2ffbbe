-- A partner's request accepted with 2xx is never lost, and resubmitting it with the same
-- Idempotency-Key returns the first result without creating anything twice.
CREATE TABLE api_request (
    client_id       text NOT NULL,
    idempotency_key text NOT NULL,
    request_hash    text NOT NULL,
    response_status integer NOT NULL,
    response_body   text NOT NULL,
    location        text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, idempotency_key)
);
