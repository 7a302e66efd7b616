// Suppliers (leverantörer), their delivery areas and performing units, registered by an
// officer (arbetsförmedlare). Every function takes the acting user and refuses anyone but an
// officer itself, so no page or action can skip the check.
import { assertOfficer } from "@/lib/authz/assert";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { audit } from "@/lib/audit";
import type { Permission, Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import type { Actor } from "@/lib/authz/permissions";
import { invitePerson } from "@/features/staff/invitations";
import { SUPPLIER_PAGE_SIZE, type AddUnitInput, type RegisterSupplierInput, type SupplierListQuery, type UnitInput } from "./schemas";

export { SUPPLIER_PAGE_SIZE };

const ADMIN_PERMISSIONS: Permission[] = ["ADMINISTER_PERMISSIONS"];


function isAdmin(m: { permissions: Permission[] }) {
  return m.permissions.includes("ADMINISTER_PERMISSIONS");
}

function unitSnapshot(u: UnitInput & { id?: string }, areaName?: string) {
  return {
    name: u.name,
    street: u.street,
    postalCode: u.postalCode,
    city: u.city,
    municipality: u.municipality,
    deliveryAreaId: u.deliveryAreaId,
    ...(areaName ? { deliveryArea: areaName } : {}),
  };
}

export async function listSuppliers(actor: Actor, query: SupplierListQuery = {}) {
  assertOfficer(actor);
  const page = query.page ?? 1;
  const q = query.q?.trim();
  const digits = q ? q.replace(/[\s-]/g, "") : "";
  const where: Prisma.SupplierWhereInput = q
    ? {
        OR: [
          { name: { contains: q, mode: "insensitive" } },
          ...(/^\d+$/.test(digits) ? [{ orgNumber: { contains: digits } }] : []),
        ],
      }
    : {};
  const [total, rows] = await Promise.all([
    db.supplier.count({ where }),
    db.supplier.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * SUPPLIER_PAGE_SIZE,
      take: SUPPLIER_PAGE_SIZE,
      include: {
        deliveryAreas: { select: { id: true, name: true }, orderBy: { name: "asc" } },
        _count: {
          select: {
            units: true,
            memberships: { where: { active: true, user: { active: true }, permissions: { has: "ADMINISTER_PERMISSIONS" } } },
          },
        },
      },
    }),
  ]);
  return {
    total,
    page,
    pageSize: SUPPLIER_PAGE_SIZE,
    rows: rows.map((s) => ({
      id: s.id,
      name: s.name,
      orgNumber: s.orgNumber,
      serviceVersion: s.serviceVersion,
      deliveryAreas: s.deliveryAreas,
      unitCount: s._count.units,
      activeAdminCount: s._count.memberships,
    })),
  };
}

export async function getSupplier(actor: Actor, id: string) {
  assertOfficer(actor);
  const s = await db.supplier.findUnique({
    where: { id },
    include: {
      deliveryAreas: { select: { id: true, code: true, name: true }, orderBy: { name: "asc" } },
      units: {
        orderBy: { name: "asc" },
        include: { deliveryArea: { select: { id: true, name: true } }, _count: { select: { decisions: true } } },
      },
      memberships: {
        include: { user: { select: { id: true, name: true, email: true, active: true } } },
        orderBy: { user: { name: "asc" } },
      },
    },
  });
  if (!s) throw new NotFoundError("Leverantören finns inte.");
  return {
    id: s.id,
    name: s.name,
    orgNumber: s.orgNumber,
    serviceVersion: s.serviceVersion,
    createdAt: s.createdAt,
    deliveryAreas: s.deliveryAreas,
    units: s.units.map((u) => ({
      id: u.id,
      name: u.name,
      street: u.street,
      postalCode: u.postalCode,
      city: u.city,
      municipality: u.municipality,
      deliveryArea: u.deliveryArea,
      decisionCount: u._count.decisions,
    })),
    administrators: s.memberships.filter(isAdmin).map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      status: !m.active || !m.user.active ? ("inactive" as const) : m.acceptedAt === null ? ("invited" as const) : ("active" as const),
    })),
  };
}

export async function listDeliveryAreas(actor: Actor) {
  assertOfficer(actor);
  return db.deliveryArea.findMany({ select: { id: true, code: true, name: true }, orderBy: [{ name: "asc" }, { code: "asc" }] });
}

export interface RegisterSupplierResult {
  supplierId: string;
}

export async function registerSupplier(actor: Actor, input: RegisterSupplierInput): Promise<RegisterSupplierResult> {
  assertOfficer(actor);
  const areaIds = [...new Set(input.deliveryAreaIds)];
  input.units.forEach((unit, i) => {
    if (!areaIds.includes(unit.deliveryAreaId)) {
      throw new RuleError("Välj ett av leverantörens valda leveransområden.", `units.${i}.deliveryAreaId`);
    }
    const key = unit.name.trim().toLocaleLowerCase("sv");
    if (input.units.slice(0, i).some((u) => u.name.trim().toLocaleLowerCase("sv") === key)) {
      throw new RuleError("Två utförande verksamheter kan inte ha samma namn.", `units.${i}.name`);
    }
  });
  const adminEmail = input.admin.email.trim().toLowerCase();

  return db.$transaction(
    async (tx) => {
      if (await tx.supplier.findUnique({ where: { orgNumber: input.orgNumber }, select: { id: true } })) {
        throw new RuleError("Det finns redan en leverantör med det organisationsnumret.", "orgNumber");
      }
      const areas = await tx.deliveryArea.findMany({ where: { id: { in: areaIds } }, select: { id: true, name: true } });
      if (areas.length !== areaIds.length) throw new RuleError("Ett valt leveransområde finns inte.", "deliveryAreaIds");
      const areaName = new Map(areas.map((a) => [a.id, a.name]));

      let user = await tx.user.findUnique({ where: { email: adminEmail }, omit: { passwordHash: false } });
      if (user?.kind === "OFFICER") {
        throw new RuleError("E-postadressen tillhör ett konto hos Arbetsförmedlingen. Ange leverantörens behörighetsadministratör.", "admin.email");
      }
      if (user && !user.active) {
        throw new RuleError("Kontot med den e-postadressen är spärrat. Ange en annan behörighetsadministratör.", "admin.email");
      }

      let supplier;
      try {
        supplier = await tx.supplier.create({
          data: {
            name: input.name,
            orgNumber: input.orgNumber,
            serviceVersion: input.serviceVersion,
            deliveryAreas: { connect: areaIds.map((id) => ({ id })) },
          },
        });
      } catch (err) {
        // Another officer registered the same number at the same moment.
        if (isUniqueViolation(err)) throw new RuleError("Det finns redan en leverantör med det organisationsnumret.", "orgNumber");
        throw err;
      }

      const units = [];
      for (const unit of input.units) {
        const created = await tx.performingUnit.create({
          data: {
            supplierId: supplier.id,
            deliveryAreaId: unit.deliveryAreaId,
            name: unit.name,
            street: unit.street,
            postalCode: unit.postalCode,
            city: unit.city,
            municipality: unit.municipality,
          },
        });
        units.push(created);
      }

      // The first administrator is invited by mail like anyone else: the officer never sees a link.
      const { user: invited, membership } = await invitePerson(tx, {
        email: adminEmail, name: input.admin.name, supplierId: supplier.id, invitedById: actor.userId, permissions: ADMIN_PERMISSIONS, allUnits: false, unitIds: [],
      });
      user = invited;

      await audit(tx, {
        actorId: actor.userId,
        supplierId: supplier.id,
        action: "supplier.registered",
        entityType: "Supplier",
        entityId: supplier.id,
        after: {
          name: supplier.name,
          orgNumber: supplier.orgNumber,
          serviceVersion: supplier.serviceVersion,
          areas: areas.map((a) => a.name).sort((a, b) => a.localeCompare(b, "sv")),
          units: units.map((u) => u.name),
        },
      });
      for (const u of units) {
        await audit(tx, {
          actorId: actor.userId,
          supplierId: supplier.id,
          action: "unit.created",
          entityType: "PerformingUnit",
          entityId: u.id,
          after: unitSnapshot(u, areaName.get(u.deliveryAreaId)),
        });
      }
      await audit(tx, {
        actorId: actor.userId,
        supplierId: supplier.id,
        action: "staff.invited",
        entityType: "Membership",
        entityId: membership.id,
        after: { email: user.email, name: user.name, permissions: membership.permissions, allUnits: membership.allUnits, active: membership.active, unitIds: [] },
      });
      return { supplierId: supplier.id };
    },
    // Up to 50 units, each with its audit row.
    { timeout: 20_000 },
  );
}

export async function addUnit(actor: Actor, input: AddUnitInput): Promise<{ unitId: string }> {
  assertOfficer(actor);
  return db.$transaction(async (tx) => {
    const supplier = await tx.supplier.findUnique({
      where: { id: input.supplierId },
      select: { id: true, deliveryAreas: { select: { id: true, name: true } } },
    });
    if (!supplier) throw new NotFoundError("Leverantören finns inte.");
    const area = supplier.deliveryAreas.find((a) => a.id === input.deliveryAreaId);
    if (!area) throw new RuleError("Välj ett av leverantörens leveransområden.", "deliveryAreaId");
    const clash = await tx.performingUnit.findFirst({
      where: { supplierId: supplier.id, name: { equals: input.name, mode: "insensitive" } },
      select: { id: true },
    });
    if (clash) throw new RuleError("Leverantören har redan en utförande verksamhet med det namnet.", "name");
    let unit;
    try {
      unit = await tx.performingUnit.create({
        data: {
          supplierId: supplier.id,
          deliveryAreaId: area.id,
          name: input.name,
          street: input.street,
          postalCode: input.postalCode,
          city: input.city,
          municipality: input.municipality,
        },
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new RuleError("Leverantören har redan en utförande verksamhet med det namnet.", "name");
      throw err;
    }
    await audit(tx, {
      actorId: actor.userId,
      supplierId: supplier.id,
      action: "unit.created",
      entityType: "PerformingUnit",
      entityId: unit.id,
      after: unitSnapshot(unit, area.name),
    });
    return { unitId: unit.id };
  });
}
