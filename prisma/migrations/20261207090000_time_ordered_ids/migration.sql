-- A version 7 UUID (RFC 9562) made in the database: the millisecond, then
-- random bits, so ids made later sort after earlier ones. Ingestion's store
-- step (prisma/sql/store_leads.sql) gives the rows it adds beside each lead
-- (its deliveries, its owner's activity) these ids, as the app gives its
-- receipt and the lead (lib/db/time-ordered-id.ts, which says why). No
-- uuidv7() before PostgreSQL 18: a random (version 4) UUID's first 48 bits
-- replaced by the epoch millisecond, and its version bits 0100 set to 0111.
CREATE FUNCTION leaddesk_time_ordered_id() RETURNS uuid
LANGUAGE sql VOLATILE PARALLEL SAFE
RETURN encode(
  set_bit(set_bit(
    overlay(uuid_send(gen_random_uuid())
      PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
      FROM 1 FOR 6),
    52, 1), 53, 1),
  'hex')::uuid;
