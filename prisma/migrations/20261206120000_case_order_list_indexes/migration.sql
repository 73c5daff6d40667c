-- The default order of the rights cases and the 助企行 orders, as programme_list_indexes
-- gave the other lists: across a province every case matches its scope, so the list
-- walks this index until a page is full instead of sorting them all (a province of
-- 20 million members: 70,000 cases sorted for 20, 54-83 ms of the database).

-- CreateIndex
CREATE INDEX "rights_case_received_on_id_idx" ON "rights_case"("received_on" DESC, "id");

-- CreateIndex
CREATE INDEX "assist_order_requested_on_id_idx" ON "assist_order"("requested_on" DESC, "id");
