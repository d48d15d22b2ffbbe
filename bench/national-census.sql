-- A synthetic national-size Children in Need census year (2025-26: 1 April 2025 to 31 March 2026)
-- written straight into Hearth's own tables (never the report_* views), so that the census export
-- (`java -jar target/hearth.jar census --year 2026`) can be timed at national size; see
-- bench/census-national.sh, which runs it.
--
--     psql -v children=400000 -f bench/national-census.sql      (children: default 400000)
--
-- Run it as the database's superuser on a database Flyway has migrated and nothing has filled
-- (the demo council switched off). One transaction: it either loads everything or nothing.
--
-- Each child has an episode of need opening in the year (a referral on a working day, or for
-- about 6% a case opened by allocation with no referral recorded), in the national proportions of
-- ../shared/docs/national-figures.md and bench/census-file.py: 6.5% referrals with no further
-- action; about 88% assessed (authorised after 17/33/43 working days at the 25th/50th/75th
-- percentile, 86% within 45); 45% a strategy discussion and section 47 enquiry, 40% of those to
-- an initial conference (81% within 15 working days) and 85% of conferences to a child protection
-- plan (15% of children; neglect 50.5%, emotional 35.7%, physical 7.4%, sexual 3.8%, multiple 2.6%;
-- plan lengths as the national plans ending); about a quarter with a child in need plan; about half
-- closed by 31 March. About 22% had an earlier episode, closed before this referral (a re-referral;
-- a third of those earlier episodes had a protection plan, so NumberOfPreviousCPP is 1 on a later
-- plan), and 40% an earlier police notification that led nowhere. Allocations, involvements,
-- primary needs, plan meetings (core groups, reviews), teams and workers are made as Hearth makes
-- them. The database stands as on 30 April 2026 (a census is exported in April or May): what
-- happened in April 2026 is recorded and the export must leave it out.
--
-- Deterministic: every choice is a hash of the child's number (hashint8extended), never random(),
-- and every id is md5('nat-...'). Synthetic people only, told apart by 'NAT': council child ids
-- NAT0000001..., staff nat.*, teams 'NAT ...'. Dates skip weekends but not bank holidays.
-- Per-row audit triggers are skipped with hearth.bulk_load, as the demo generator does; every
-- other trigger, constraint and foreign key is kept.
\set ON_ERROR_STOP on
\if :{?children}
\else
\set children 400000
\endif
\set as_at 2026-04-30

BEGIN;
SET LOCAL hearth.bulk_load = 'on';
SET LOCAL work_mem = '256MB';
SET LOCAL maintenance_work_mem = '512MB';

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM person_identifier WHERE scheme = 'COUNCIL_CHILD_ID' AND value LIKE 'NAT%') THEN
        RAISE EXCEPTION 'this database already holds the NAT census children: start from an empty one';
    END IF;
END $$;

-- A number in [0, 1) from a child's number and a salt.
CREATE FUNCTION pg_temp.u(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((hashint8extended(n, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
-- A whole number in [0, m).
CREATE FUNCTION pg_temp.i(n bigint, salt int, m int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT floor(pg_temp.u(n, salt) * m)::int $$;
-- Working days (Monday to Friday) numbered from Monday 3 January 2000; Saturday and Sunday take
-- Friday's number, so wdadd(d, 0) is the last working day on or before d.
CREATE FUNCTION pg_temp.wd(d date) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT ((d - date '2000-01-03') / 7) * 5 + least((d - date '2000-01-03') % 7, 4) $$;
CREATE FUNCTION pg_temp.wdday(k int) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT date '2000-01-03' + (k / 5) * 7 + k % 5 $$;
CREATE FUNCTION pg_temp.wdadd(d date, k int) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT pg_temp.wdday(pg_temp.wd(d) + k) $$;
-- A London wall-clock time on a day.
CREATE FUNCTION pg_temp.at(d date, h int, m int) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (d + make_time(h, m, 0)) AT TIME ZONE 'Europe/London' $$;
CREATE FUNCTION pg_temp.id(kind text, n bigint, e int) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT md5('nat-' || kind || '-' || n || '-' || e)::uuid $$;
-- Weighted choice: the lower bound of each weight's bucket (folded once, the weights being constants).
CREATE FUNCTION pg_temp.bounds(w float8[]) RETURNS float8[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT array_agg((s - v) / t ORDER BY o)
   FROM (SELECT v, o, sum(v) OVER (ORDER BY o) AS s, sum(v) OVER () AS t FROM unnest(w) WITH ORDINALITY AS x (v, o)) y $$;
CREATE FUNCTION pg_temp.pick(x float8, codes text[], w float8[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT codes[width_bucket(x, pg_temp.bounds(w))] $$;
-- The DfE's UPN: check letter, LA 873, then the child's number (unique below 10,000,000).
CREATE FUNCTION pg_temp.upn(n bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT substr('ABCDEFGHJKLMNPQRTUVWXYZ', 1 + ((108 + 5 * (n / 1000000 % 10) + 6 * (n / 100000 % 10)
       + 7 * (n / 10000 % 10) + 8 * (n / 1000 % 10) + 11 * (n / 100 % 10) + 12 * (n / 10 % 10) + 13 * (n % 10)) % 23)::int, 1)
   || '873' || lpad((n / 1000 % 10000)::text, 4, '0') || '15' || lpad((n % 1000)::text, 3, '0') $$;

-- Staff: caseholding teams of seven social workers and a manager (about 16 children a worker),
-- in threes (assessment, child in need, child protection); a front door and conference chairs.
SELECT 3 * ceil(:children / 384.0)::int AS teams, greatest(2, ceil(:children / 2000.0))::int AS hub,
       greatest(1, ceil(:children / 8000.0))::int AS chairs \gset
-- No one can sign in as these: disabled, and a hash of no known password.
\set nohash '{bcrypt}$2a$10$NATbenchaccountsNoSignInNATbenchaccountsNoSignInNATbe'

INSERT INTO team (id, name, kind, manager_id)
SELECT pg_temp.id('team', t, 0),
       'NAT ' || (ARRAY['Assessment', 'Child in Need', 'Child Protection'])[t % 3 + 1] || ' Team ' || (t / 3 + 1),
       (ARRAY['ASSESSMENT', 'CHILD_IN_NEED', 'CHILD_PROTECTION'])[t % 3 + 1], pg_temp.id('staff', t * 8 + 7, 0)
FROM generate_series(0, :teams - 1) t
UNION ALL SELECT pg_temp.id('team-mash', 0, 0), 'NAT Front Door (MASH)', 'MASH', pg_temp.id('mash-manager', 0, 0)
UNION ALL SELECT pg_temp.id('team-chairs', 0, 0), 'NAT Safeguarding and Quality', 'CHAIRS', NULL;

INSERT INTO staff_user (id, username, display_name, password_hash, role, team_id, enabled)
SELECT pg_temp.id('staff', w, 0), 'nat.sw' || w, 'NAT Worker ' || w, :'nohash',
       CASE WHEN w % 8 = 7 THEN 'TEAM_MANAGER' ELSE 'SOCIAL_WORKER' END, pg_temp.id('team', w / 8, 0), false
FROM generate_series(0, :teams * 8 - 1) w
UNION ALL
SELECT pg_temp.id('mash', k, 0), 'nat.mash' || k, 'NAT Hub Practitioner ' || k, :'nohash', 'MASH_PRACTITIONER',
       pg_temp.id('team-mash', 0, 0), false
FROM generate_series(0, :hub - 1) k
UNION ALL
SELECT pg_temp.id('mash-manager', 0, 0), 'nat.mashmanager', 'NAT Hub Manager', :'nohash', 'MASH_MANAGER',
       pg_temp.id('team-mash', 0, 0), false
UNION ALL
SELECT pg_temp.id('chair', k, 0), 'nat.chair' || k, 'NAT Chair ' || k, :'nohash', 'CHILD_PROTECTION_CHAIR',
       pg_temp.id('team-chairs', 0, 0), false
FROM generate_series(0, :chairs - 1) k;

-- One row per child: who they are, and the dates of this year's episode (and of an earlier one).
-- (Each step has OFFSET 0 so that the planner does not fold it into the next and compute its
-- dates again at every use.)
CREATE TEMP TABLE nat_child AS
WITH c AS (
    SELECT n::bigint AS n,
           pg_temp.wdday(pg_temp.wd(date '2025-04-01') + pg_temp.i(n, 1,
               pg_temp.wd(date '2026-03-31') - pg_temp.wd(date '2025-04-01') + 1)) AS r,
           pg_temp.u(n, 2) < 0.065 AS nfa,
           pg_temp.u(n, 4) AS birth
    FROM generate_series(1, :children) n OFFSET 0
), c2 AS (
    SELECT c.*,
           NOT nfa AND pg_temp.u(n, 3) < 0.06 AS by_alloc,
           r >= date '2025-10-01' AND birth < 0.02 AS unborn,
           birth >= 0.02 AND birth < 0.035 AS prebirth
    FROM c OFFSET 0
), c3 AS (
    SELECT c2.*,
           CASE WHEN unborn THEN NULL
                WHEN prebirth THEN least(r + 20 + pg_temp.i(n, 5, 130), :'as_at'::date)
                ELSE r - 200 - pg_temp.i(n, 5, 17 * 365 - 200) END AS dob,
           NOT nfa AND NOT by_alloc AND pg_temp.u(n, 7) < 0.51 AS s47,
           pg_temp.u(n, 12) AS len
    FROM c2 OFFSET 0
), c4 AS (
    SELECT c3.*,
           s47 AND pg_temp.u(n, 8) < 0.40 AS conf_flag,
           s47 AND pg_temp.u(n, 11) < 0.5 AS straight,
           pg_temp.wdadd(r, floor(CASE WHEN len < 0.25 THEN 5 + len / 0.25 * 12
                                       WHEN len < 0.5 THEN 17 + (len - 0.25) / 0.25 * 16
                                       WHEN len < 0.75 THEN 33 + (len - 0.5) / 0.25 * 10
                                       WHEN len < 0.86 THEN 43 + (len - 0.75) / 0.11 * 2
                                       ELSE 45 + (len - 0.86) / 0.14 * 35 END)::int) AS a_auth,
           pg_temp.u(n, 13) AS toconf,
           pg_temp.u(n, 17) AS dur
    FROM c3 OFFSET 0
), c5 AS (
    SELECT c4.*,
           conf_flag AND pg_temp.u(n, 9) < 0.85 AS cpp_flag,
           CASE WHEN s47 THEN CASE WHEN straight THEN r ELSE pg_temp.wdadd(r, 1 + pg_temp.i(n, 10, 3)) END END AS sd
    FROM c4 OFFSET 0
), c6 AS (
    SELECT c5.*,
           -- Working days from the strategy discussion to the conference: median 14, 81% within 15.
           CASE WHEN conf_flag THEN pg_temp.wdadd(sd, CASE WHEN toconf < 0.25 THEN 9 + floor(toconf / 0.25 * 5)::int
                                                          WHEN toconf < 0.5 THEN 14 WHEN toconf < 0.81 THEN 15
                                                          ELSE 16 + floor((toconf - 0.81) / 0.19 * 15)::int END) END AS conf
    FROM c5 OFFSET 0
), c7 AS (
    SELECT c6.*,
           CASE WHEN conf_flag THEN least(sd + 7 + pg_temp.i(n, 14, 7), conf)
                WHEN s47 THEN sd + 8 + pg_temp.i(n, 14, 8) END AS s47_end,
           -- Plans ending: under 3 months 16%, 3-6 months 11%, 6-12 months 44%, 1-2 years 25%, over 2 years 4%.
           CASE WHEN cpp_flag THEN pg_temp.wdadd(conf + CASE WHEN dur < 0.16 THEN 30 + floor(dur / 0.16 * 60)::int
                                                             WHEN dur < 0.27 THEN 90 + floor((dur - 0.16) / 0.11 * 90)::int
                                                             WHEN dur < 0.71 THEN 180 + floor((dur - 0.27) / 0.44 * 185)::int
                                                             WHEN dur < 0.96 THEN 365 + floor((dur - 0.71) / 0.25 * 365)::int
                                                             ELSE 730 + floor((dur - 0.96) / 0.04 * 270)::int END, 0) END AS cpp_end,
           cpp_flag AND pg_temp.u(n, 18) < 0.6 AS stepdown
    FROM c6 OFFSET 0
), c8 AS (
    SELECT c7.*,
           CASE WHEN by_alloc AND pg_temp.u(n, 19) < 0.6 THEN pg_temp.wdadd(r, 5 + pg_temp.i(n, 20, 12))
                WHEN NOT nfa AND NOT by_alloc AND NOT conf_flag AND pg_temp.u(n, 19) < 0.30
                    THEN pg_temp.wdadd(a_auth, pg_temp.i(n, 20, 4))
                WHEN stepdown THEN cpp_end END AS cin_start
    FROM c7 OFFSET 0
), c9 AS (
    SELECT c8.*,
           cin_start + 60 + pg_temp.i(n, 21, 340) AS cin_end
    FROM c8 OFFSET 0
), c10 AS (
    SELECT c9.*,
           -- Closed when the last piece of work ends (an assessment, an enquiry, a plan); some stay open.
           CASE WHEN nfa THEN r + pg_temp.i(n, 23, 3)
                WHEN cin_start IS NOT NULL THEN cin_end + pg_temp.i(n, 23, 14)
                WHEN cpp_flag THEN greatest(cpp_end, a_auth) + pg_temp.i(n, 23, 20)
                WHEN by_alloc THEN CASE WHEN pg_temp.u(n, 22) < 0.5 THEN r + 20 + pg_temp.i(n, 23, 100) END
                WHEN s47 THEN CASE WHEN pg_temp.u(n, 22) < 0.8 THEN greatest(a_auth, s47_end, conf) + 1 + pg_temp.i(n, 23, 30) END
                ELSE CASE WHEN pg_temp.u(n, 22) < 0.85 THEN a_auth + 1 + pg_temp.i(n, 23, 30) END END AS closed,
           CASE WHEN nfa THEN 'RC7'
                WHEN NOT s47 AND NOT by_alloc AND cin_start IS NULL
                    THEN pg_temp.pick(pg_temp.u(n, 24), ARRAY['RC8', 'RC9', 'RC7', 'RC5', 'RC3', 'RC4'],
                                      ARRAY[50, 20, 22, 5, 1.5, 1.5])
                ELSE pg_temp.pick(pg_temp.u(n, 24), ARRAY['RC7', 'RC5', 'RC3', 'RC4', 'RC6'], ARRAY[80, 8, 4, 4, 4]) END AS reason0
    FROM c9 OFFSET 0
), needs AS (
    -- Primary need (N1 abuse or neglect the most), source of referral (police 28.7%, schools 18.2%,
    -- health 15%, council services 14.1%, individuals 8.1%, others 15.9%) and the first factor at
    -- assessment (domestic abuse and parental mental health the most), each with its buckets' bounds.
    SELECT ARRAY['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N0'] AS codes,
           pg_temp.bounds(ARRAY[55, 10, 4, 9, 14, 2, 1, 2, 2, 1]) AS b
), sources AS (
    SELECT ARRAY['6', '2A', '3A', '3B', '3E', '3D', '5A', '5B', '5C', '5D', '1A', '1B', '1C', '1D', '8', '7', '4', '2B', '9']
               AS codes,
           pg_temp.bounds(ARRAY[28.7, 18.2, 5, 4, 4, 2, 6, 3, 1, 4.1, 4, 2, 1, 1.1, 7, 4, 3, 1, 0.9]) AS b
), factors AS (
    SELECT ARRAY['3B', '4B', '3A', '2B', '1B', '16A', '17A', '4A', '14A', '10A', '24A', '6B', '15A'] AS codes,
           pg_temp.bounds(ARRAY[16, 15, 10, 8, 7, 8, 7, 7, 5, 4, 4, 5, 4]) AS b
), prior AS (
    SELECT c10.*,
           NOT unborn AND NOT prebirth AND pg_temp.u(n, 40) < 0.22 AS prev0,
           pg_temp.u(n, 41) < 0.3 AS p_cpp,
           pg_temp.wdadd(r - CASE WHEN pg_temp.u(n, 41) < 0.3 THEN 500 + pg_temp.i(n, 42, 900)
                                  ELSE 120 + pg_temp.i(n, 42, 800) END, 0) AS p_r
    FROM c10 OFFSET 0
), prior2 AS (
    SELECT prior.*,
           coalesce(prev0 AND p_r > dob + 30, false) AS prev,
           pg_temp.wdadd(p_r, 10 + pg_temp.i(n, 43, 35)) AS p_a_auth,
           CASE WHEN p_cpp THEN pg_temp.wdadd(p_r, 1) END AS p_sd
    FROM prior OFFSET 0
), prior3 AS (
    SELECT prior2.*,
           CASE WHEN p_cpp THEN pg_temp.wdadd(p_sd, 10 + pg_temp.i(n, 44, 6)) END AS p_conf
    FROM prior2 OFFSET 0
), prior4 AS (
    SELECT prior3.*,
           CASE WHEN p_cpp THEN least(p_sd + 7 + pg_temp.i(n, 45, 7), p_conf) END AS p_s47_end,
           CASE WHEN p_cpp THEN pg_temp.wdadd(p_conf + 90 + pg_temp.i(n, 46, 270), 0) END AS p_cpp_end
    FROM prior3 OFFSET 0
)
SELECT n, pg_temp.id('child', n, 0) AS pid, r, nfa, by_alloc, unborn, prebirth, dob,
       CASE WHEN unborn THEN date '2026-04-01' + pg_temp.i(n, 6, 60)
            WHEN prebirth THEN dob - 7 + pg_temp.i(n, 6, 15) END AS due,
       CASE WHEN unborn THEN 'U' WHEN pg_temp.u(n, 30) < 0.52 THEN 'M' ELSE 'F' END AS sex,
       pg_temp.pick(pg_temp.u(n, 31),
           ARRAY['WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH',
                 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'],
           ARRAY[63, 0.5, 0.3, 6, 0.8, 3, 1, 1.5, 3, 1.2, 3.5, 1.3, 1.5, 1.4, 4, 1.2, 0.2, 2.8, 0.3, 2.5]) AS ethnicity,
       CASE WHEN pg_temp.u(n, 32) < 0.88 THEN ARRAY['NONE']
            ELSE (SELECT array_agg(d ORDER BY o) FROM unnest(
                      ARRAY[(ARRAY['LD', 'COMM', 'BEH', 'AUT', 'MOB', 'HAND', 'PC', 'INC', 'HEAR', 'VIS', 'DDA'])[pg_temp.i(n, 33, 11) + 1],
                            CASE WHEN pg_temp.u(n, 34) < 0.3 THEN (ARRAY['LD', 'COMM', 'BEH', 'AUT', 'MOB', 'HAND', 'PC', 'INC',
                                'HEAR', 'VIS', 'DDA'])[(pg_temp.i(n, 33, 11) + 1 + pg_temp.i(n, 35, 10)) % 11 + 1] END])
                      WITH ORDINALITY AS x (d, o) WHERE d IS NOT NULL) END AS disabilities,
       -- A UPN, except for half the children under five (and the unborn): the DfE's UN1.
       CASE WHEN unborn OR prebirth OR (dob > date '2021-03-31' AND pg_temp.u(n, 36) < 0.5) THEN NULL
            ELSE pg_temp.upn(n) END AS upn,
       (ARRAY['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Jack', 'Lily', 'Harry', 'Freya', 'Oscar', 'Grace',
              'Muhammad', 'Sophia', 'Arthur', 'Evie', 'George', 'Aisha', 'Theo', 'Zara', 'Jacob', 'Ruby', 'Charlie',
              'Maya', 'Alfie', 'Chloe', 'Ethan', 'Poppy', 'Kai'])[pg_temp.i(n, 37, 30) + 1] AS forenames,
       (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson',
              'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Khan', 'Wood', 'Clarke',
              'Jackson', 'Hughes', 'Edwards', 'Ahmed', 'Turner', 'Hill', 'Moore', 'Okafor', 'Nowak'])[pg_temp.i(n, 38, 30) + 1]
           AS surname,
       s47, straight, conf_flag, cpp_flag, CASE WHEN NOT nfa AND NOT by_alloc THEN a_auth END AS a_auth,
       sd, CASE WHEN s47 THEN pg_temp.u(n, 15) < 0.7 END AS joint, conf, s47_end,
       CASE WHEN conf_flag THEN 'INITIAL_CONFERENCE' WHEN s47 AND pg_temp.u(n, 16) < 0.5 THEN 'NOT_SUBSTANTIATED'
            WHEN s47 THEN 'SUBSTANTIATED_NO_CONFERENCE' END AS s47_outcome,
       CASE WHEN cpp_flag THEN pg_temp.pick(pg_temp.u(n, 25), ARRAY['NEG', 'EMO', 'PHY', 'SAB', 'MUL'],
                                            ARRAY[50.5, 35.7, 7.4, 3.8, 2.6]) END AS category,
       cpp_end, stepdown, cin_start, CASE WHEN cin_start IS NOT NULL THEN cin_end END AS cin_end, closed,
       -- Transferred to adult social care only at 17 or over.
       CASE WHEN reason0 = 'RC6' AND (dob IS NULL OR closed < dob + interval '17 years') THEN 'RC7' ELSE reason0 END AS reason,
       CASE WHEN NOT nfa THEN needs.codes[width_bucket(pg_temp.u(n, 26), needs.b)] END AS need,
       CASE WHEN NOT nfa AND pg_temp.u(n, 27) < 0.1 THEN needs.codes[width_bucket(pg_temp.u(n, 28), needs.b)] END AS need2,
       CASE WHEN by_alloc THEN NULL ELSE sources.codes[width_bucket(pg_temp.u(n, 29), sources.b)] END AS src,
       -- One to three different factors: a weighted first, the others a stride of 13 (a prime) away.
       (SELECT array_agg(factors.codes[(f - 1 + k * s) % 13 + 1] ORDER BY k)
        FROM (SELECT width_bucket(pg_temp.u(n, 50), factors.b) AS f, 1 + pg_temp.i(n, 51, 12) AS s) x,
             generate_series(0, pg_temp.i(n, 52, 3)) k) AS factors,
       CASE WHEN pg_temp.u(n, 53) < 0.4 THEN r - 5 - pg_temp.i(n, 54, 115) END AS pre_contact,
       prev, p_r, p_cpp, p_a_auth, p_sd, p_conf, p_s47_end,
       CASE WHEN p_cpp THEN pg_temp.pick(pg_temp.u(n, 47), ARRAY['NEG', 'EMO', 'PHY', 'SAB', 'MUL'],
                                         ARRAY[50.5, 35.7, 7.4, 3.8, 2.6]) END AS p_category,
       p_cpp_end,
       CASE WHEN p_cpp THEN p_cpp_end + 1 + pg_temp.i(n, 48, 29) ELSE p_a_auth + 1 + pg_temp.i(n, 48, 40) END AS p_closed,
       CASE WHEN p_cpp THEN 'RC7' ELSE pg_temp.pick(pg_temp.u(n, 49), ARRAY['RC8', 'RC7', 'RC9'], ARRAY[50, 40, 10]) END
           AS p_reason,
       needs.codes[width_bucket(pg_temp.u(n, 55), needs.b)] AS p_need,
       sources.codes[width_bucket(pg_temp.u(n, 56), sources.b)] AS p_src,
       (SELECT array_agg(factors.codes[(f - 1 + k * s) % 13 + 1] ORDER BY k)
        FROM (SELECT width_bucket(pg_temp.u(n, 57), factors.b) AS f, 1 + pg_temp.i(n, 58, 12) AS s) x,
             generate_series(0, pg_temp.i(n, 59, 3)) k) AS p_factors
FROM prior4, needs, sources, factors;

-- One row per episode (e = 1 this year's, e = 0 the earlier one), with what had happened by 30 April 2026.
CREATE TEMP TABLE nat_ep AS
WITH ep AS (
    SELECT n, 1 AS e, pid, dob, r, nfa, by_alloc, s47, straight, conf_flag, cpp_flag, a_auth, sd, joint, conf, s47_end,
           s47_outcome, category, cpp_end, stepdown, cin_start, cin_end, closed, reason, need,
           CASE WHEN need2 <> need THEN need2 END AS need2, src, factors
    FROM nat_child
    UNION ALL
    SELECT n, 0, pid, dob, p_r, false, false, p_cpp, false, p_cpp, p_cpp, p_a_auth, p_sd, pg_temp.u(n, 60) < 0.7, p_conf,
           p_s47_end, CASE WHEN p_cpp THEN 'INITIAL_CONFERENCE' END, p_category, p_cpp_end, false, NULL, NULL, p_closed,
           p_reason, p_need, NULL, p_src, p_factors
    FROM nat_child WHERE prev
)
SELECT ep.*, n * 2 + e AS k,
       NOT nfa AND NOT by_alloc AS assessed,
       NOT nfa AND NOT by_alloc AND a_auth <= :'as_at'::date AS a_done,
       NOT nfa AND NOT by_alloc AND pg_temp.wdadd(a_auth, -1) <= :'as_at'::date AS a_submitted,
       coalesce(s47 AND sd <= :'as_at'::date, false) AS sd_ok,
       coalesce(s47 AND s47_end <= :'as_at'::date, false) AS s47_done,
       coalesce(conf_flag AND conf <= :'as_at'::date, false) AS conf_ok,
       coalesce(cpp_flag AND conf <= :'as_at'::date, false) AS cpp_ok,
       coalesce(cpp_flag AND cpp_end <= :'as_at'::date, false) AS cpp_ended,
       coalesce(cin_start <= :'as_at'::date, false) AS cin_ok,
       coalesce(cin_end <= :'as_at'::date, false) AS cin_ended,
       coalesce(closed <= :'as_at'::date, false) AS closed_ok,
       CASE WHEN straight THEN 'STRATEGY_DISCUSSION' ELSE 'ASSESSMENT' END AS contact_outcome,
       pg_temp.at(r, 9 + pg_temp.i(n * 2 + e, 61, 8), pg_temp.i(n * 2 + e, 62, 60)) AS received_at,
       -- The child's worker: a social worker of a team of the work's kind (0 assessment, 1 child in need, 2 protection).
       pg_temp.id('staff', (3 * pg_temp.i(n * 2 + e, 63, :teams / 3) + CASE WHEN by_alloc THEN 1 ELSE 0 END) * 8
                           + pg_temp.i(n * 2 + e, 64, 7), 0) AS worker,
       pg_temp.id('team', 3 * pg_temp.i(n * 2 + e, 63, :teams / 3) + CASE WHEN by_alloc THEN 1 ELSE 0 END, 0) AS worker_team,
       3 * pg_temp.i(n * 2 + e, 65, :teams / 3) AS long_team,
       pg_temp.i(n * 2 + e, 66, 7) AS long_worker,
       pg_temp.id('mash', pg_temp.i(n * 2 + e, 67, :hub), 0) AS hub_worker,
       pg_temp.i(n * 2 + e, 68, :chairs) AS chair
FROM ep;
CREATE INDEX ON nat_ep (n, e);
ANALYZE nat_child;
ANALYZE nat_ep;

INSERT INTO person (id, kind, forenames, surname, date_of_birth, expected_delivery, sex, ethnicity, disabilities,
                    created_at, upn_unknown)
SELECT pid, CASE WHEN unborn THEN 'UNBORN' ELSE 'CHILD' END, forenames, surname, dob, due, sex, ethnicity, disabilities,
       pg_temp.at(least(r, CASE WHEN prev THEN p_r END, pre_contact), 9, 0), CASE WHEN upn IS NULL THEN 'UN1' END
FROM nat_child;

INSERT INTO person_identifier (person_id, scheme, value)
SELECT pid, 'COUNCIL_CHILD_ID', 'NAT' || lpad(n::text, 7, '0') FROM nat_child
UNION ALL
SELECT pid, 'UPN', upn FROM nat_child WHERE upn IS NOT NULL;

-- The referrals (decided for an assessment or a strategy discussion), and earlier police
-- notifications that led nowhere.
CREATE TEMP TABLE nat_contact AS
SELECT pg_temp.id('contact', n, e) AS id, pid, n, k, src, received_at, contact_outcome AS outcome,
       CASE WHEN straight THEN 4 ELSE 3 + pg_temp.i(k, 70, 2) END AS level, hub_worker
FROM nat_ep WHERE NOT by_alloc
UNION ALL
SELECT pg_temp.id('precontact', n, 1), pid, n, n * 2 + 1, '6',
       pg_temp.at(pre_contact, pg_temp.i(n, 71, 24), pg_temp.i(n, 72, 60)),
       pg_temp.pick(pg_temp.u(n, 73), ARRAY['NO_FURTHER_ACTION', 'SIGNPOST', 'EARLY_HELP'], ARRAY[60, 20, 20]),
       1 + pg_temp.i(n, 74, 2), pg_temp.id('mash', pg_temp.i(n, 75, :hub), 0)
FROM nat_child WHERE pre_contact IS NOT NULL;

INSERT INTO contact (id, status, channel, referral_source, referrer_name, referrer_role, referrer_organisation, worry,
                     factors, urgency, consent, consent_reason, priority, received_at, threshold_level, rationale,
                     outcome, decided_by, decided_at, authorised_by, authorised_at, created_at)
SELECT c.id, 'DECIDED',
       CASE WHEN src = '6' AND (outcome NOT IN ('ASSESSMENT', 'STRATEGY_DISCUSSION') OR pg_temp.u(k, 76) < 0.8)
                THEN 'POLICE_NOTIFICATION'
            WHEN src IN ('6', '2A', '3B', '5D', '8') THEN 'ONLINE_FORM'
            WHEN src IN ('1A', '1B', '1C', '1D', '3A', '3E', '9') THEN 'PHONE' ELSE 'EMAIL' END,
       src, CASE WHEN src = '9' THEN NULL ELSE 'NAT Referrer ' || (n % 997) END,
       CASE left(src, 1) WHEN '6' THEN 'police constable' WHEN '2' THEN 'designated safeguarding lead'
           WHEN '3' THEN 'health professional' WHEN '5' THEN 'social worker' WHEN '1' THEN 'member of the family or public'
           ELSE 'practitioner' END,
       CASE left(src, 1) WHEN '6' THEN 'NAT Police' WHEN '2' THEN 'NAT School' WHEN '3' THEN 'NAT Health'
           WHEN '5' THEN 'NAT Council services' WHEN '1' THEN NULL ELSE 'NAT Agency' END,
       'NAT synthetic worry for the national census benchmark.', '{}',
       u.urgency, u.consent, CASE WHEN u.consent <> 'GIVEN' THEN 'NAT synthetic: ' || lower(u.consent) END,
       CASE u.urgency WHEN 'IMMEDIATE' THEN 'RED' WHEN 'URGENT' THEN 'AMBER' ELSE 'GREEN' END,
       received_at, level, 'NAT synthetic: screened against the continuum of need.', outcome, hub_worker,
       received_at + make_interval(mins => 30 + pg_temp.i(k, 77, 300)), pg_temp.id('mash-manager', 0, 0),
       received_at + make_interval(mins => 60 + pg_temp.i(k, 77, 300)), received_at
FROM nat_contact c
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(k, 78) < 0.05 THEN 'IMMEDIATE' WHEN pg_temp.u(k, 78) < 0.25 THEN 'URGENT'
                                ELSE 'STANDARD' END AS urgency,
                           CASE WHEN src = '6' THEN 'NOT_SOUGHT_OTHER'
                                ELSE pg_temp.pick(pg_temp.u(k, 79), ARRAY['GIVEN', 'REFUSED', 'NOT_SOUGHT_RISK',
                                    'NOT_SOUGHT_EMERGENCY', 'NOT_SOUGHT_OTHER', 'OVERRIDDEN'], ARRAY[65, 5, 10, 3, 12, 5]) END
                               AS consent) u;

INSERT INTO contact_child (contact_id, position, forenames, surname, date_of_birth, person_id)
SELECT c.id, 0, p.forenames, p.surname, p.dob, c.pid
FROM nat_contact c JOIN nat_child p ON p.n = c.n;

-- Casework: the allocation that opens the case (to an assessment team, or a child in need team for
-- a case opened by allocation), then to a long-term team when a plan starts; involvements; the
-- primary need; the closure.
INSERT INTO allocation (id, person_id, worker_id, team_id, started_on, ended_on)
SELECT pg_temp.id('alloc', n, e), pid, worker, worker_team, r,
       CASE WHEN NOT by_alloc AND (cpp_ok OR cin_ok) THEN least(CASE WHEN cpp_ok THEN conf END, CASE WHEN cin_ok THEN cin_start END)
            WHEN closed_ok THEN closed END
FROM nat_ep WHERE NOT nfa
UNION ALL
SELECT pg_temp.id('alloc-plan', n, e), pid, pg_temp.id('staff', (long_team + t) * 8 + long_worker, 0),
       pg_temp.id('team', long_team + t, 0), started, CASE WHEN closed_ok THEN closed END
FROM (SELECT *, least(CASE WHEN cpp_ok THEN conf END, CASE WHEN cin_ok THEN cin_start END) AS started,
             CASE WHEN cpp_ok THEN 2 ELSE 1 END AS t
      FROM nat_ep WHERE NOT by_alloc AND (cpp_ok OR cin_ok)) x;

INSERT INTO involvement (id, person_id, kind, started_on, ended_on)
SELECT pg_temp.id('inv-assessment', n, e), pid, 'ASSESSMENT', r,
       CASE WHEN a_done THEN a_auth WHEN closed_ok THEN closed END
FROM nat_ep WHERE assessed
UNION ALL
SELECT pg_temp.id('inv-protection', n, e), pid, 'CHILD_PROTECTION', sd,
       CASE WHEN cpp_ok THEN CASE WHEN cpp_ended THEN cpp_end END
            WHEN conf_flag THEN CASE WHEN conf_ok THEN conf END
            WHEN s47_done THEN s47_end END
FROM nat_ep WHERE sd_ok
UNION ALL
SELECT pg_temp.id('inv-need', n, e), pid, 'CHILD_IN_NEED', CASE WHEN by_alloc THEN r ELSE cin_start END,
       CASE WHEN cin_ended THEN cin_end WHEN NOT cin_ok AND closed_ok THEN closed END
FROM nat_ep WHERE cin_ok OR by_alloc
UNION ALL
SELECT pg_temp.id('inv-early-help', n, e), pid, 'EARLY_HELP', closed,
       CASE WHEN closed + 90 <= :'as_at'::date THEN closed + 90 END
FROM nat_ep WHERE closed_ok AND reason = 'RC9';

INSERT INTO primary_need (id, person_id, code, recorded_on, recorded_by, recorded_at)
SELECT pg_temp.id('need', n, e), pid, need, r, worker, pg_temp.at(r, 17, 0) FROM nat_ep WHERE NOT nfa
UNION ALL
SELECT pg_temp.id('need2', n, e), pid, need2, a_auth, worker, pg_temp.at(a_auth, 17, 0) FROM nat_ep WHERE need2 IS NOT NULL AND a_done;

INSERT INTO case_closure (id, person_id, closed_on, reason, summary, recorded_by, recorded_at)
SELECT pg_temp.id('closure', n, e), pid, closed, reason, 'NAT synthetic closure.', worker, pg_temp.at(closed, 16, 30)
FROM nat_ep WHERE closed_ok;

-- Assessments: started when the referral was decided, authorised (with their factors) when done.
INSERT INTO assessment (id, person_id, contact_id, referred_at, status, seen_by, seen_on, seen_alone, factors, outcome,
                        late_reason, started_by, started_at, submitted_by, submitted_at, authorised_by, authorised_at)
SELECT pg_temp.id('assessment', n, e), pid, pg_temp.id('contact', n, e), received_at,
       CASE WHEN a_done THEN 'AUTHORISED' WHEN a_submitted THEN 'SUBMITTED' ELSE 'IN_PROGRESS' END,
       CASE WHEN seen <= :'as_at'::date THEN 'Social worker' END, CASE WHEN seen <= :'as_at'::date THEN seen END,
       CASE WHEN seen <= :'as_at'::date THEN pg_temp.u(k, 80) < 0.7 END,
       CASE WHEN a_submitted THEN factors ELSE '{}' END,
       CASE WHEN a_done THEN CASE WHEN s47 THEN 'STRATEGY_DISCUSSION' WHEN cin_start IS NOT NULL THEN 'CHILD_IN_NEED_PLAN'
                                  WHEN reason = 'RC9' THEN 'EARLY_HELP' ELSE 'NO_FURTHER_ACTION' END END,
       CASE WHEN a_submitted AND pg_temp.wd(a_auth) - pg_temp.wd(r) > 45 THEN 'NAT synthetic: the family were away.' END,
       worker, received_at + interval '2 hours',
       CASE WHEN a_submitted THEN worker END,
       CASE WHEN a_submitted THEN pg_temp.at(pg_temp.wdadd(a_auth, -1), 15, 0) END,
       CASE WHEN a_done THEN pg_temp.id('staff', (pg_temp.i(k, 63, :teams / 3) * 3) * 8 + 7, 0) END,
       CASE WHEN a_done THEN pg_temp.at(a_auth, 11, 0) END
FROM (SELECT *, least(r + 1 + pg_temp.i(k, 81, 5), a_auth) AS seen FROM nat_ep WHERE assessed) x;

-- Child protection: strategy discussion, section 47 enquiry, initial conference.
INSERT INTO strategy_discussion (id, person_id, held_at, agencies, chair, shared, decision, actions, recorded_by, recorded_at)
SELECT pg_temp.id('strategy', n, e), pid, held_at,
       CASE WHEN pg_temp.u(k, 82) < 0.08 THEN ARRAY['SOCIAL_CARE', 'POLICE', 'EDUCATION']
            WHEN pg_temp.u(k, 82) < 0.13 THEN ARRAY['SOCIAL_CARE', 'HEALTH', 'EDUCATION']
            ELSE ARRAY['SOCIAL_CARE', 'POLICE', 'HEALTH', 'EDUCATION'] END,
       'NAT Chair ' || chair, 'NAT synthetic: police checks, health records and the school''s concerns shared.',
       CASE WHEN joint THEN 'S47_JOINT' ELSE 'S47_SINGLE_AGENCY' END, 'Visit the child within 24 hours.', worker,
       held_at + interval '2 hours'
FROM (SELECT *, pg_temp.at(sd, 10 + pg_temp.i(k, 83, 7), 0) AS held_at FROM nat_ep WHERE sd_ok) x;

INSERT INTO section47_enquiry (id, person_id, strategy_discussion_id, joint_with_police, started_on, ended_on, outcome, status)
SELECT pg_temp.id('s47', n, e), pid, pg_temp.id('strategy', n, e), joint, sd,
       CASE WHEN s47_done THEN s47_end END, CASE WHEN s47_done THEN s47_outcome END,
       CASE WHEN s47_done THEN 'CONCLUDED' ELSE 'OPEN' END
FROM nat_ep WHERE sd_ok;

INSERT INTO initial_conference (id, person_id, section47_id, held_on, chair, chair_id, attendees, plan, category,
                                delay_reason, delay_agreed_by, recorded_by)
SELECT pg_temp.id('conference', n, e), pid, pg_temp.id('s47', n, e), conf, 'NAT Chair ' || chair,
       pg_temp.id('chair', chair, 0), 'Parents, social worker, school, health visitor, police', cpp_flag,
       CASE WHEN cpp_flag THEN category END,
       CASE WHEN pg_temp.wd(conf) - pg_temp.wd(sd) > 15 THEN 'NAT synthetic: agencies'' reports not ready.' END,
       CASE WHEN pg_temp.wd(conf) - pg_temp.wd(sd) > 15 THEN 'Team manager and chair' END, worker
FROM nat_ep WHERE conf_ok;

-- Plans, earlier episodes first (one open plan of a kind per child): each made open, its meetings
-- recorded while it is open (as the trigger insists), then ended.
CREATE TEMP TABLE nat_plan AS
SELECT pg_temp.id('cpp', n, e) AS id, n, e, k, pid, 'CHILD_PROTECTION' AS kind,
       CASE WHEN pg_temp.u(k, 84) < 0.05 THEN CASE WHEN category = 'NEG' THEN 'EMO' ELSE 'NEG' END ELSE category END AS category,
       conf AS started_on, CASE WHEN cpp_ended THEN cpp_end END AS ended_on,
       CASE WHEN cpp_ended THEN CASE WHEN stepdown THEN 'STEP_DOWN_CHILD_IN_NEED' ELSE 'NO_LONGER_NEEDED' END END AS end_reason,
       cpp_end AS until, chair, worker
FROM nat_ep WHERE cpp_ok
UNION ALL
SELECT pg_temp.id('cin', n, e), n, e, k, pid, 'CHILD_IN_NEED', NULL, cin_start, CASE WHEN cin_ended THEN cin_end END,
       CASE WHEN cin_ended THEN pg_temp.pick(pg_temp.u(k, 85), ARRAY['NO_LONGER_NEEDED', 'STEP_DOWN_EARLY_HELP', 'MOVED_AWAY'],
                                             ARRAY[60, 30, 10]) END,
       cin_end, chair, worker
FROM nat_ep WHERE cin_ok;

CREATE TEMP TABLE nat_meeting AS
SELECT m.* FROM (
    -- Review conferences about 3 months after the start and then every 6 months (12% late), and the last on the day it ends.
    SELECT p.id AS plan_id, p.e, p.pid, p.worker, 'REVIEW_CONFERENCE' AS kind,
           pg_temp.wdadd(CASE WHEN pg_temp.u(p.k * 8 + i, 86) < 0.88
                              THEN (p.started_on + make_interval(months => 3 + 6 * i))::date - pg_temp.i(p.k * 8 + i, 87, 14)
                              ELSE (p.started_on + make_interval(months => 3 + 6 * i))::date + 7 + pg_temp.i(p.k * 8 + i, 87, 21) END, 0)
               AS held_on, p.chair, p.until, p.ended_on
    FROM nat_plan p, generate_series(0, 5) i WHERE p.kind = 'CHILD_PROTECTION'
    UNION ALL
    SELECT id, e, pid, worker, 'REVIEW_CONFERENCE', ended_on, chair, until, ended_on
    FROM nat_plan WHERE kind = 'CHILD_PROTECTION' AND ended_on IS NOT NULL
    UNION ALL
    -- Core groups every six weeks or so; a child in need plan's planning meeting, then a review every twelve weeks.
    SELECT p.id, p.e, p.pid, p.worker, 'CORE_GROUP', pg_temp.wdadd(p.started_on, 10 + 30 * i), NULL, p.until, p.ended_on
    FROM nat_plan p, generate_series(0, 40) i WHERE p.kind = 'CHILD_PROTECTION' AND 10 + 30 * i <= (p.until - p.started_on)
    UNION ALL
    SELECT p.id, p.e, p.pid, p.worker, CASE WHEN i = 0 THEN 'PLANNING_MEETING' ELSE 'PLAN_REVIEW' END,
           pg_temp.wdadd(p.started_on, 3 + pg_temp.i(p.k, 88, 8) + 60 * i), NULL, p.until, p.ended_on
    FROM nat_plan p, generate_series(0, 8) i WHERE p.kind = 'CHILD_IN_NEED' AND 3 + 60 * i <= (p.until - p.started_on)
) m
-- Only meetings held by 30 April 2026 and before the plan's end (or on it, the review that ends it).
WHERE m.held_on <= :'as_at'::date
  AND (m.held_on < m.until OR (m.held_on = m.until AND m.kind = 'REVIEW_CONFERENCE' AND m.ended_on IS NOT NULL));

DO $$
DECLARE
    episode int;
BEGIN
    FOR episode IN 0..1 LOOP
        INSERT INTO plan (id, person_id, kind, category, started_on, contingency, actions)
        SELECT id, pid, kind, category, started_on,
               'NAT synthetic: a strategy discussion and legal planning meeting if things do not improve.',
               'NAT synthetic: visits, family support, school and health checks.'
        FROM nat_plan WHERE e = episode;
        INSERT INTO plan_meeting (id, plan_id, kind, held_on, attendees, summary, chair_id, recorded_by, recorded_at)
        SELECT md5('nat-meeting-' || m.plan_id || '-' || m.kind || '-' || m.held_on)::uuid, m.plan_id, m.kind, m.held_on,
               'Parents, school, health, social worker',
               CASE m.kind WHEN 'CORE_GROUP' THEN 'NAT synthetic: core group, the plan''s actions checked.'
                           WHEN 'REVIEW_CONFERENCE' THEN 'NAT synthetic: progress against the plan reviewed.'
                           WHEN 'PLANNING_MEETING' THEN 'NAT synthetic: plan written with the family.'
                           ELSE 'NAT synthetic: plan reviewed, support continues.' END,
               CASE WHEN m.kind = 'REVIEW_CONFERENCE' THEN pg_temp.id('chair', m.chair, 0) END, m.worker,
               pg_temp.at(m.held_on, 16, 0)
        -- A periodic review on the closing review's day is that review.
        FROM (SELECT DISTINCT ON (plan_id, kind, held_on) * FROM nat_meeting WHERE e = episode) m;
        UPDATE plan p SET ended_on = n.ended_on, end_reason = n.end_reason
        FROM nat_plan n WHERE n.id = p.id AND n.e = episode AND n.ended_on IS NOT NULL;
    END LOOP;
END $$;

ANALYZE person; ANALYZE person_identifier; ANALYZE contact; ANALYZE contact_child; ANALYZE allocation;
ANALYZE involvement; ANALYZE primary_need; ANALYZE case_closure; ANALYZE assessment; ANALYZE strategy_discussion;
ANALYZE section47_enquiry; ANALYZE initial_conference; ANALYZE plan; ANALYZE plan_meeting; ANALYZE team; ANALYZE staff_user;

-- What was made, in the census's terms (episodes open at any time from 1 April 2025 to 31 March 2026).
WITH y AS (
    SELECT * FROM nat_ep WHERE r <= date '2026-03-31' AND (closed IS NULL OR closed >= date '2025-04-01')
)
SELECT count(DISTINCT n) AS children_in_census,
       count(*) AS episodes,
       round(100.0 * count(*) FILTER (WHERE nfa) / count(*), 1) AS pct_nfa,
       round(100.0 * count(*) FILTER (WHERE assessed AND r >= date '2025-04-01') / count(*), 1) AS pct_assessed,
       round(100.0 * count(*) FILTER (WHERE sd_ok AND sd BETWEEN date '2025-04-01' AND date '2026-03-31') / count(*), 1) AS pct_s47,
       round(100.0 * count(*) FILTER (WHERE conf_ok AND conf BETWEEN date '2025-03-31' AND date '2026-03-31') / count(*), 1) AS pct_icpc,
       round(100.0 * count(*) FILTER (WHERE cpp_ok AND conf <= date '2026-03-31' AND (cpp_end IS NULL OR cpp_end >= date '2025-04-01')) / count(*), 1) AS pct_cpp,
       round(100.0 * count(*) FILTER (WHERE cin_ok AND cin_start <= date '2026-03-31' AND (cin_end >= date '2025-04-01')) / count(*), 1) AS pct_cin_plan,
       round(100.0 * count(*) FILTER (WHERE closed <= date '2026-03-31') / count(*), 1) AS pct_closed_by_31_march
FROM y;
COMMIT;
