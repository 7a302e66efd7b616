-- AlterEnum
ALTER TYPE "OrderLineState" ADD VALUE 'CANCELLED';

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "invoiceableFrom" DATE;


-- lib/orders/invoicing-rules.ts orderState(): cancelled lines no longer count; an order whose
-- every line is cancelled is cancelled. (The rest as in migration read_model.)
CREATE OR REPLACE FUNCTION rm_refresh_orders(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Order" o SET "state" = s.state, "deliveryStart" = s.delivery_start
  FROM (
    SELECT oo.id,
      CASE
        WHEN count(l.state) = 0 AND EXISTS (SELECT 1 FROM "OrderLine" x WHERE x."orderId" = oo.id) THEN 'cancelled'
        WHEN bool_or(l.state IN ('DELIVERED', 'CREDITED') AND (l.state = 'CREDITED' OR l.has_credit)) THEN 'credited'
        WHEN bool_or(l.state IN ('DELIVERED', 'CREDITED')) THEN 'delivered'
        WHEN bool_or(l.state = 'OPEN' AND l.invoiceable) THEN 'open'
        ELSE 'invoiced'
      END AS state,
      COALESCE(min(l.ordered_from), min(p."startDate")) AS delivery_start
    FROM "Order" oo
    JOIN "Decision" d ON d.id = oo."decisionId"
    LEFT JOIN "Period" p ON p.id = oo."periodId"
    LEFT JOIN LATERAL (
      SELECT ol.state::text AS state,
        EXISTS (SELECT 1 FROM "Invoice" inv WHERE inv."orderLineId" = ol.id AND inv.kind = 'CREDIT_NOTE') AS has_credit,
        CASE WHEN ol.month IS NULL THEN NULL ELSE GREATEST(ol.month, COALESCE(p."startDate", DATE '0001-01-01')) END AS ordered_from,
        CASE
          WHEN ol."quantityDays" <= 0 THEN false
          WHEN ol.month IS NULL THEN true
          ELSE LEAST(
              (date_trunc('month', ol.month::timestamp) + interval '1 month' - interval '1 day')::date,
              GREATEST(ol.month, COALESCE(p."startDate", DATE '0001-01-01')) + (GREATEST(ol."quantityDays", 1) - 1),
              COALESCE(p."endDate", DATE '9999-12-31'),
              COALESCE(d."interruptionDate" - 1, DATE '9999-12-31')
            ) >= GREATEST(ol.month, COALESCE(p."startDate", DATE '0001-01-01'))
        END AS invoiceable
      FROM "OrderLine" ol WHERE ol."orderId" = oo.id AND ol.state::text <> 'CANCELLED'
    ) l ON true
    WHERE oo.id = ANY(ids)
    GROUP BY oo.id
  ) s
  WHERE o.id = s.id;
$$;
