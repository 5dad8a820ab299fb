<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../ui/StudioLauncher.cpp" line="+35"/>
        <source>Stallcast cannot open the shop database
%1

%2</source>
        <translation>Stallcast가 가게 데이터베이스를 열 수 없습니다
%1

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New shop: showing the demo catalogue. File › Import catalogue CSV… loads your own.</source>
        <translation>새 가게: 데모 카탈로그를 보여 줍니다. 파일 › 카탈로그 CSV 가져오기…로 내 상품을 불러오세요.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/SalesSummary.cpp" line="+16"/>
        <source>1 order</source>
        <translation>주문 1건</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 orders</source>
        <translation>주문 %L1건</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 unit</source>
        <translation>1개</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 units</source>
        <translation>%L1개</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No orders yet</source>
        <translation>아직 주문이 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 paid)</source>
        <translation>%1 (결제 %2건)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sold</source>
        <translation>%1 판매</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revenue %1</source>
        <translation>매출 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 order needs attention</source>
        <translation>확인이 필요한 주문 1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 orders need attention</source>
        <translation>확인이 필요한 주문 %1건</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::CatalogTableModel</name>
    <message>
        <location filename="../../ui/CatalogTableModel.cpp" line="+20"/>
        <source>%1 (was %2)</source>
        <translation>%1 (정가 %2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (archived)</source>
        <translation>%1 (보관됨)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sold out</source>
        <translation>품절</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per buyer</source>
        <translation>1인당 %1개</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
SKU %2</source>
        <translation>%1
SKU %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On sale at %1; list price %2</source>
        <translation>할인가 %1, 정가 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on hand, %2 held for buyers</source>
        <translation>재고 %1, 구매자용 보류 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>판매 가능</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>재고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>구매 제한</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>원산지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Farm</source>
        <translation>농장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harvested</source>
        <translation>수확일</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ClaimsPanel</name>
    <message>
        <location filename="../../ui/ClaimsPanel.cpp" line="+27"/>
        <source>%1 holds %2 (pay code %3)</source>
        <translation>%1 님이 %2 보류 (결제 코드 %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on the waitlist for %2</source>
        <translation>%1 님이 %2 대기 명단에 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wants %2 (first paid first served)</source>
        <translation>%1 님이 %2 원함 (먼저 결제한 순서)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 refused: %3</source>
        <translation>%1: %2 거절됨: %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>@handle A1 2  — a claim from the phone or a DM, then Enter</source>
        <translation>@아이디 A1 2  — 전화나 DM으로 받은 주문 요청을 입력하고 Enter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holds (first claims win)</source>
        <translation>보류 (먼저 요청한 순서)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First paid first served</source>
        <translation>먼저 결제한 순서</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The claim could not be recorded: %1</source>
        <translation>주문 요청을 기록할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ClaimsTableModel</name>
    <message>
        <location filename="../../ui/ClaimsTableModel.cpp" line="+20"/>
        <source>held → %1</source>
        <translation>보류 → %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>보류</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waitlist → %1</source>
        <translation>대기 → %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waitlist</source>
        <translation>대기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interest</source>
        <translation>관심</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>거절</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>요청</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay code</source>
        <translation>결제 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::EndOfStreamDialog</name>
    <message>
        <location filename="../../ui/EndOfStreamDialog.cpp" line="+34"/>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payment pending</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the orders…</source>
        <translation>주문을 읽는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;sales CSV…</source>
        <translation>판매 CSV 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export packing list &amp;CSV…</source>
        <translation>포장 목록 CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save packing list &amp;PDF…</source>
        <translation>포장 목록 PDF 저장(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint packing list…</source>
        <translation>포장 목록 인쇄(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream summary</source>
        <translation>방송 요약</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Units and revenue per product over this stream&apos;s paid orders</source>
        <translation>이번 방송의 결제된 주문에 대한 상품별 수량과 매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to pack for each buyer, as a spreadsheet</source>
        <translation>구매자별로 포장할 것 (스프레드시트)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to pack for each buyer, ready to print</source>
        <translation>구매자별로 포장할 것 (인쇄용)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what to pack for each buyer</source>
        <translation>구매자별로 포장할 것을 인쇄합니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best sellers</source>
        <translation>많이 팔린 상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to look at</source>
        <translation>확인할 주문</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export sales CSV</source>
        <translation>판매 CSV 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export packing list CSV</source>
        <translation>포장 목록 CSV 내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save packing list PDF</source>
        <translation>포장 목록 PDF 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the orders: %1</source>
        <translation>주문을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Duration: %1</source>
        <translation>방송 시간: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: %1 (%2 paid)</source>
        <translation>주문: %1건 (결제 %2건)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units sold: %1</source>
        <translation>판매 수량: %1개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue: %1</source>
        <translation>매출: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to look at: %1</source>
        <translation>확인할 주문: %1건</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sales CSV</source>
        <translation>판매 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packing list CSV</source>
        <translation>포장 목록 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packing list PDF</source>
        <translation>포장 목록 PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Packing list</source>
        <translation>포장 목록</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Print packing list</source>
        <translation>포장 목록 인쇄</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the orders are still being read</source>
        <translation>%1: 아직 주문을 읽는 중입니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: writing %2…</source>
        <translation>%1: %2에 저장하는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: printing on %2…</source>
        <translation>%1: %2에서 인쇄하는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows written to %3</source>
        <translation>%1: %2행을 %3에 저장했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 rows sent to %3</source>
        <translation>%1: %2행을 %3(으)로 보냈습니다</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System language (%1)</source>
        <translation>시스템 언어 (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new language applies the next time Stallcast starts.</source>
        <translation>새 언어는 Stallcast를 다음에 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+92"/>
        <source>Shelf · %1 products</source>
        <translation>진열대 · 상품 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 on sale</source>
        <translation> · 할인 중 %1개</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 sold out</source>
        <translation> · 품절 %1개</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orders · none yet (orders placed from the CLI or a sales channel appear here by themselves)</source>
        <translation>주문 · 아직 없음 (CLI나 판매 채널에서 들어온 주문은 여기에 자동으로 나타납니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders · %1, newest first</source>
        <translation>주문 · %1건, 최신순</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop file: %1</source>
        <translation>가게 파일: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop database: %1</source>
        <translation>가게 데이터베이스: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Today&apos;s summary…</source>
        <translation>오늘의 요약(&amp;T)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the shelf and the orders now</source>
        <translation>진열대와 주문을 지금 다시 불러옵니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shelf</source>
        <translation>진열대</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comment claims</source>
        <translation>댓글 주문 요청</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read the shop: %1</source>
        <translation>가게를 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrdersTableModel</name>
    <message>
        <location filename="../../ui/OrdersTableModel.cpp" line="+146"/>
        <source>%1 × %2 at %3 (SKU %4)</source>
        <translation>%1 × %2, 단가 %3 (SKU %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paid, but the stock was gone: refund or backorder.</source>
        <translation>결제되었지만 재고가 없습니다: 환불하거나 추후 발송하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid for a product the catalogue does not have.</source>
        <translation>카탈로그에 없는 상품이 결제되었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the product&apos;s per-buyer limit.</source>
        <translation>상품의 1인당 구매 제한을 넘었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in another currency than the product&apos;s.</source>
        <translation>상품과 다른 통화로 결제되었습니다.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>주문 시각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>확인 사항</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::PackingListDocument</name>
    <message>
        <location filename="../../ui/PackingListDocument.cpp" line="+48"/>
        <location line="+94"/>
        <source>Packing list</source>
        <translation>포장 목록</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Nothing to pack: no paid orders are waiting to be sent.</source>
        <translation>포장할 것이 없습니다: 발송을 기다리는 결제 완료 주문이 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone: %1</source>
        <translation>전화: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address: %1</source>
        <translation>주소: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+26"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Units for this buyer</source>
        <translation>이 구매자의 수량</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick list</source>
        <translation>피킹 목록</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total: %1 buyers, %2 orders, %3 units</source>
        <translation>합계: 구매자 %1명, 주문 %2건, %3개</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ShopFileCommands</name>
    <message>
        <location filename="../../ui/ShopFileCommands.cpp" line="+30"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 가져옴: 새 상품 %2, 수정 %3, 변경 없음 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 rows written to %3</source>
        <translation>%1: %2행을 %3에 저장했습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import catalogue CSV…</source>
        <translation>카탈로그 CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export catalogue CSV…</source>
        <translation>카탈로그 CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;sales report CSV…</source>
        <translation>판매 보고서 CSV 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;packing list CSV…</source>
        <translation>포장 목록 CSV 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or update products from a CSV file (all rows or none are imported)</source>
        <translation>CSV 파일에서 상품을 추가하거나 수정합니다 (모든 행을 가져오거나 하나도 가져오지 않습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every product to a CSV file</source>
        <translation>모든 상품을 CSV 파일로 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units and revenue per product over paid orders</source>
        <translation>결제된 주문의 상품별 수량과 매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to pack for each buyer: paid orders not yet fulfilled</source>
        <translation>구매자별로 포장할 것: 결제되었지만 아직 발송하지 않은 주문</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export catalogue</source>
        <translation>카탈로그 내보내기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalogue</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export sales report</source>
        <translation>판매 보고서 내보내기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales report</source>
        <translation>판매 보고서</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export packing list</source>
        <translation>포장 목록 내보내기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packing list</source>
        <translation>포장 목록</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import catalogue CSV</source>
        <translation>카탈로그 CSV 가져오기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed: nothing was imported</source>
        <translation>가져오기 실패: 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: the file has a problem.

%1</source>
        <translation>아무것도 가져오지 않았습니다: 파일에 문제가 있습니다.

%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::StreamReports</name>
    <message>
        <location filename="../../ui/StreamReports.cpp" line="+54"/>
        <source>Orders placed from %1 to %2</source>
        <translation>%1부터 %2까지 들어온 주문</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ThemeMenu</name>
    <message>
        <location filename="../../ui/ThemeMenu.cpp" line="+8"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;System</source>
        <translation>시스템(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The desktop&apos;s own colours and style</source>
        <translation>데스크톱의 색상과 스타일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light colours</source>
        <translation>밝은 색상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark colours, easier on the eyes in a dim room</source>
        <translation>어두운 색상, 어두운 방에서 눈이 편합니다</translation>
    </message>
</context>
</TS>
