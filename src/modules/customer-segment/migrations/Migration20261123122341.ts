import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123122341 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customer_segment_membership_change" ("id" text not null, "customer_segment_id" text not null, "customer_id" text not null, "change" text check ("change" in ('joined', 'left')) not null, "source" text check ("source" in ('manual', 'rule', 'classification')) not null, "run_id" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_membership_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_change_deleted_at" ON "customer_segment_membership_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_change_customer_segment_id_created_at" ON "customer_segment_membership_change" ("customer_segment_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_change_customer_id_created_at" ON "customer_segment_membership_change" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_membership_change_run_id" ON "customer_segment_membership_change" ("run_id") WHERE run_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_segment_run" ("id" text not null, "customer_segment_id" text not null, "status" text check ("status" in ('pending', 'running', 'succeeded', 'failed')) not null default 'pending', "matched_count" integer null, "added_count" integer null, "removed_count" integer null, "error" text null, "requested_by" text null, "started_at" timestamptz null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_segment_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_run_deleted_at" ON "customer_segment_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_segment_run_customer_segment_id_created_at" ON "customer_segment_run" ("customer_segment_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_segment_membership_change" cascade;`);

    this.addSql(`drop table if exists "customer_segment_run" cascade;`);
  }

}
