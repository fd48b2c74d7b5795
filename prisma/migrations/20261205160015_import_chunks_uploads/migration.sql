-- Import resume bookkeeping (chunks committed with their rows) and upload bytes kept in PostgreSQL.
CREATE TABLE "ImportChunk" (
    "batchId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "skipped" INTEGER NOT NULL,

    CONSTRAINT "ImportChunk_pkey" PRIMARY KEY ("batchId","seq")
);

CREATE TABLE "ImportUploadChunk" (
    "uploadKey" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportUploadChunk_pkey" PRIMARY KEY ("uploadKey","seq")
);

ALTER TABLE "ImportChunk" ADD CONSTRAINT "ImportChunk_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
