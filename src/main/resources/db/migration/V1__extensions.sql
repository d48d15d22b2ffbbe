-- Name search must tolerate misspelling and name order (inspectors find duplicate
-- people created because a search missed them), so we use trigrams and phonetic codes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; an immutable wrapper lets generated columns and indexes use it.
CREATE FUNCTION search_text(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, value), '[^[:alnum:] ]+', '', 'g')) $$;
