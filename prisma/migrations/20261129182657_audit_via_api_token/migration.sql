-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "viaApiTokenId" UUID;

