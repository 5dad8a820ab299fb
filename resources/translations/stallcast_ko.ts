<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>CheckoutSettings</name>
    <message>
        <location filename="../../ui/CheckoutSettings.cpp" line="+66"/>
        <source>is required (e.g. https://shop.example/buy?sku={sku}&amp;exp={expires}&amp;sig={sig})</source>
        <translation>필수 항목입니다 (예: https://shop.example/buy?sku={sku}&amp;exp={expires}&amp;sig={sig})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least 16 characters (a long random string; keep it the same in your shop)</source>
        <translation>16자 이상 (긴 임의 문자열; 온라인 쇼핑몰과 같게 유지하세요)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from 1 minute to 31 days</source>
        <translation>1분에서 31일 사이</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose how viewers pay</source>
        <translation>시청자의 결제 방법을 고르세요</translation>
    </message>
</context>
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
        <location filename="../../ui/SalesSummary.cpp" line="+15"/>
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
        <location line="+35"/>
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
    <name>SecretStore</name>
    <message>
        <location filename="../../ui/KeychainSecretStore.cpp" line="+45"/>
        <source>macOS Keychain</source>
        <translation>macOS 키체인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 자격 증명 관리자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system keyring (Secret Service)</source>
        <translation>시스템 키링 (Secret Service)</translation>
    </message>
</context>
<context>
    <name>stallcast::ui</name>
    <message>
        <location filename="../../ui/Destination.cpp" line="+28"/>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YouTube Studio › Go live › Stream: copy the stream key.</source>
        <translation>YouTube 스튜디오 › 라이브 스트리밍 시작 › 스트림: 스트림 키를 복사하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook (RTMPS)</source>
        <translation>Facebook (RTMPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook Live Producer › Streaming software: copy the stream key. Facebook accepts RTMPS only.</source>
        <translation>Facebook Live Producer › 스트리밍 소프트웨어: 스트림 키를 복사하세요. Facebook은 RTMPS만 받습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twitch Creator Dashboard › Settings › Stream: copy the primary stream key.</source>
        <translation>Twitch 크리에이터 대시보드 › 설정 › 방송: 기본 스트림 키를 복사하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok LIVE Center: paste the Server URL and the Stream key it shows (only some accounts get them). TikTok is vertical (9:16).</source>
        <translation>TikTok LIVE 센터: 표시되는 서버 URL과 스트림 키를 붙여 넣으세요 (일부 계정에만 제공됩니다). TikTok은 세로(9:16)입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naver</source>
        <translation>네이버</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naver (CHZZK / Shopping Live) studio › stream settings: check the server URL shown there and copy the stream key.</source>
        <translation>네이버 (치지직 / 쇼핑라이브) 스튜디오 › 방송 설정: 표시된 서버 URL을 확인하고 스트림 키를 복사하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom RTMP / RTMPS / SRT</source>
        <translation>사용자 지정 RTMP / RTMPS / SRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rtmp://host/app, rtmps://host:443/app or srt://host:port; the key is added at the end (SRT: as streamid).</source>
        <translation>rtmp://host/app, rtmps://host:443/app 또는 srt://host:port. 키는 끝에 붙습니다 (SRT는 streamid로).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the destination a name.</source>
        <translation>송출 대상의 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the server URL (rtmp://, rtmps:// or srt://).</source>
        <translation>서버 URL을 붙여 넣으세요 (rtmp://, rtmps:// 또는 srt://).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server must start with rtmp://, rtmps:// or srt://.</source>
        <translation>서버는 rtmp://, rtmps:// 또는 srt://로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL has no host name.</source>
        <translation>서버 URL에 호스트 이름이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the stream id or passphrase in the stream key field, not in the server URL (the server is saved in plain settings).</source>
        <translation>스트림 ID나 암호는 서버 URL이 아니라 스트림 키 칸에 넣으세요 (서버는 일반 설정 파일에 저장됩니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL looks like it contains the stream key: paste only rtmp://host/app here and the key in the stream key field.</source>
        <translation>서버 URL에 스트림 키가 들어 있는 것 같습니다: 여기에는 rtmp://host/app만 붙여 넣고 키는 스트림 키 칸에 넣으세요.</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::AudioMeter</name>
    <message>
        <location filename="../../ui/AudioMeter.cpp" line="+34"/>
        <source>Sound: %1 dB peak, %2 dB average</source>
        <translation>소리: 최대 %1 dB, 평균 %2 dB</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::CatalogEditor</name>
    <message>
        <location filename="../../ui/CatalogEditor.cpp" line="+72"/>
        <source>&amp;Save product</source>
        <translation>상품 저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>보관(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>보유</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New product</source>
        <translation>새 상품(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stock history</source>
        <translation>재고 이력</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restored %1</source>
        <translation>%1 복원됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived %1 (its history is kept)</source>
        <translation>%1 보관됨 (이력은 유지됩니다)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the stock history: %1</source>
        <translation>재고 이력을 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported from %1: fix the problem below and import again.</source>
        <translation>%1에서 아무것도 가져오지 않았습니다: 아래 문제를 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>%1 가져옴: 새 상품 %2개, 수정 %3개, 변경 없음 %4개</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not exported: %1</source>
        <translation>내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue written to %1</source>
        <translation>카탈로그를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an image Stallcast can read</source>
        <translation>%1은(는) Stallcast가 읽을 수 있는 이미지가 아닙니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy %1 into %2</source>
        <translation>%1을(를) %2에 복사할 수 없습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo not added: %1</source>
        <translation>사진을 추가하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo copied into the shop folder; save the product to keep it.</source>
        <translation>사진을 가게 폴더에 복사했습니다. 유지하려면 상품을 저장하세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import catalogue CSV</source>
        <translation>카탈로그 CSV 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export catalogue CSV</source>
        <translation>카탈로그 CSV 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product photo</source>
        <translation>상품 사진</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::CatalogTableModel</name>
    <message>
        <location filename="../../ui/CatalogTableModel.cpp" line="+23"/>
        <source>%1 (was %2)</source>
        <translation>%1 (정가 %2)</translation>
    </message>
    <message>
        <location line="+109"/>
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
    <name>stallcast::ui::CheckoutSettingsDialog</name>
    <message>
        <location filename="../../ui/CheckoutSettingsDialog.cpp" line="+58"/>
        <source>Checkout</source>
        <translation>결제</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed link to my checkout page</source>
        <translation>내 결제 페이지로 가는 서명된 링크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pix (Brazil)</source>
        <translation>Pix (브라질)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PromptPay (Thailand)</source>
        <translation>PromptPay (태국)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNow (Singapore)</source>
        <translation>PayNow (싱가포르)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEPA credit transfer (EU)</source>
        <translation>SEPA 계좌 이체 (EU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPI (India)</source>
        <translation>UPI (인도)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viewers pay with:</source>
        <translation>시청자 결제 방법:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the checkout secret: %1</source>
        <translation>결제 비밀 키를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stored in %1 (type to replace)</source>
        <translation>%1에 저장됨 (바꾸려면 입력하세요)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>at least 16 characters, the same as in your shop</source>
        <translation>16자 이상, 온라인 쇼핑몰과 같은 값</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional: empty lets the buyer type it</source>
        <translation>선택 사항: 비워 두면 구매자가 입력합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the buyer may change the amount</source>
        <translation>구매자가 금액을 바꿀 수 있음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links valid for:</source>
        <translation>링크 유효 시간:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test scan: open the phone&apos;s camera on the preview; it should offer a link to your checkout page for %1 that your shop accepts.</source>
        <translation>테스트 스캔: 휴대폰 카메라로 미리 보기를 비추세요. 쇼핑몰이 받아들이는 %1 결제 페이지 링크가 떠야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test scan: open your banking or payment app&apos;s scanner on the preview before going live; it should show your name and the amount, and stop before paying.</source>
        <translation>테스트 스캔: 방송 전에 은행이나 결제 앱의 스캐너로 미리 보기를 읽어 보세요. 내 이름과 금액이 보여야 하며, 결제 직전에 멈추세요.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no preview until the fields are right</source>
        <translation>항목이 올바르게 입력될 때까지 미리 보기가 없습니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not store the secret: %1</source>
        <translation>비밀 키를 저장하지 못했습니다: %1</translation>
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
    <name>stallcast::ui::DestinationsDialog</name>
    <message>
        <location filename="../../ui/DestinationsDialog.cpp" line="+26"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go live here</source>
        <translation>이 대상으로 방송</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Destinations</source>
        <translation>송출 대상</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Landscape 16:9</source>
        <translation>가로 16:9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical 9:16</source>
        <translation>세로 9:16</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream key</source>
        <translation>스트림 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stream keys are kept in: %1. The settings file keeps only the name, server and switches.</source>
        <translation>스트림 키 보관 위치: %1. 설정 파일에는 이름, 서버, 켜기/끄기만 저장됩니다.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add a destination for each platform you stream to.</source>
        <translation>방송할 플랫폼마다 송출 대상을 추가하세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept in %1 — type to replace</source>
        <translation>%1에 보관됨 — 바꾸려면 입력하세요</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This destination takes the vertical canvas: turn on Live › Vertical canvas, or switch it to landscape.</source>
        <translation>이 송출 대상은 세로 캔버스를 씁니다: 방송 › 세로 캔버스를 켜거나 가로로 바꾸세요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stream key could not be stored: %1</source>
        <translation>스트림 키를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A removed destination&apos;s key could not be deleted: %1</source>
        <translation>삭제한 송출 대상의 키를 지우지 못했습니다: %1</translation>
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
    <name>stallcast::ui::FlashSaleDialog</name>
    <message>
        <location filename="../../ui/FlashSaleDialog.cpp" line="+25"/>
        <source>the product&apos;s currency %1 is unknown</source>
        <translation>상품의 통화 %1을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Flash sale: %1</source>
        <translation>타임 세일: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below %1</source>
        <translation>%1 미만</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no cap</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start sale</source>
        <translation>세일 시작</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale price (%1):</source>
        <translation>세일 가격 (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs for:</source>
        <translation>진행 시간:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units at this price:</source>
        <translation>이 가격의 수량:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per buyer:</source>
        <translation>1인당:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sale price: enter the price buyers pay during the sale.</source>
        <translation>세일 가격: 세일 중 구매자가 낼 가격을 입력하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale price: %1</source>
        <translation>세일 가격: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price: must be above zero and below the list price %1.</source>
        <translation>세일 가격: 0보다 크고 정가 %1보다 낮아야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units: the product is sold out.</source>
        <translation>수량: 품절된 상품입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per buyer: the cap cannot be above the units on sale.</source>
        <translation>1인당: 제한이 세일 수량보다 클 수 없습니다.</translation>
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
    <name>stallcast::ui::LivePanel</name>
    <message>
        <location filename="../../ui/LivePanel.cpp" line="+56"/>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live</source>
        <translation>방송 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnecting</source>
        <translation>재연결 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Go &amp;Live</source>
        <translation>방송 시작(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>녹화(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destinations…</source>
        <translation>송출 대상(&amp;D)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destination</source>
        <translation>송출 대상</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bitrate</source>
        <translation>비트레이트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>드롭</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destinations…</source>
        <translation>송출 대상…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>■ Stop stream</source>
        <translation>■ 방송 종료</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Go Live</source>
        <translation>● 방송 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop recording</source>
        <translation>■ 녹화 중지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Record</source>
        <translation>● 녹화</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Off air</source>
        <translation>방송 대기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting the camera…</source>
        <translation>카메라를 켜는 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the stream?</source>
        <translation>방송을 종료할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your viewers will see the stream end. The recording, if any, goes on.</source>
        <translation>시청자 화면에서 방송이 끝납니다. 녹화 중이라면 녹화는 계속됩니다.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>reconnecting in %1 s</source>
        <translation>%1초 후 재연결</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect now</source>
        <translation>지금 재연결</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LIVE %1</source>
        <translation>LIVE %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording (off air)</source>
        <translation>녹화 중 (방송 안 함)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPU at %1%: the stream may stutter. Close other programs or lower the canvas size.</source>
        <translation>CPU %1%: 방송이 끊길 수 있습니다. 다른 프로그램을 닫거나 캔버스 크기를 줄이세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot check the recording disk: %1</source>
        <translation>녹화 디스크를 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 MB free for recordings in %2</source>
        <translation>%2의 녹화 공간이 %1 MB밖에 남지 않았습니다</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Quit while on air?</source>
        <translation>방송 중에 끝낼까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitting ends the stream and finishes the recording.</source>
        <translation>끝내면 방송이 종료되고 녹화도 마무리됩니다.</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::LiveStudio</name>
    <message>
        <location filename="../../ui/LiveStudio.cpp" line="+110"/>
        <source>The chosen source could not start: %1</source>
        <translation>선택한 소스를 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Recording</source>
        <translation>녹화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording (vertical)</source>
        <translation>녹화 (세로)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>The studio is still starting its camera; try again in a moment.</source>
        <translation>스튜디오가 아직 카메라를 켜는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1: cannot read the stream key (%2)</source>
        <translation>%1: 스트림 키를 읽을 수 없습니다 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no stream key yet: add it in Live › Destinations…</source>
        <translation>%1에 아직 스트림 키가 없습니다: 방송 › 송출 대상…에서 추가하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes the vertical canvas: turn on Live › Vertical canvas first.</source>
        <translation>%1은(는) 세로 캔버스를 씁니다: 먼저 방송 › 세로 캔버스를 켜세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream has ended.</source>
        <translation>방송이 종료되었습니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the recording folder %1</source>
        <translation>녹화 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot record: %1</source>
        <translation>녹화할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot switch the source: %1</source>
        <translation>소스를 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop the stream and the recording before changing the canvases.</source>
        <translation>캔버스를 바꾸기 전에 방송과 녹화를 멈추세요.</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+68"/>
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
        <location line="+55"/>
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
        <source>&amp;Shop</source>
        <translation>가게(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings</source>
        <translation>설정(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop</source>
        <translation>가게</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comment claims</source>
        <translation>댓글 주문 요청</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the shop: %1</source>
        <translation>가게를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowLive.cpp" line="+32"/>
        <source>No keychain service answered (%1): stream keys and webhook secrets are kept in memory and forgotten when Stallcast closes.</source>
        <translation>키체인 서비스가 응답하지 않습니다 (%1): 스트림 키와 웹훅 비밀 키는 메모리에만 보관되며 Stallcast를 닫으면 사라집니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Live</source>
        <translation>방송</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Sources</source>
        <translation>소스</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera or test pattern could not start: %1</source>
        <translation>카메라나 테스트 패턴을 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording saved: %1</source>
        <translation>녹화 저장됨: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Live</source>
        <translation>방송(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vertical canvas (9:16) too</source>
        <translation>세로 캔버스(9:16)도 함께(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowOnStream.cpp" line="+51"/>
        <source>Flash sale on %1 started.</source>
        <translation>%1 타임 세일을 시작했습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flash sale on %1 stopped.</source>
        <translation>%1 타임 세일을 끝냈습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On-stream &amp;layout</source>
        <translation>방송 화면 배치(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout templates (*.json)</source>
        <translation>배치 템플릿 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Landscape layout file…</source>
        <translation>가로 화면 배치 파일…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout template for the landscape canvas</source>
        <translation>가로 캔버스의 배치 템플릿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical layout file…</source>
        <translation>세로 화면 배치 파일…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout template for the vertical canvas</source>
        <translation>세로 캔버스의 배치 템플릿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in layouts</source>
        <translation>기본 배치</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flash sale on %1: %2</source>
        <translation>%1 타임 세일: %2</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ManualOrderDialog</name>
    <message>
        <location filename="../../ui/ManualOrderDialog.cpp" line="+28"/>
        <source>New order</source>
        <translation>새 주문</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 · %3 · %4 left</source>
        <translation>%1 %2 · %3 · %4개 남음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>chat handle or phone: per-buyer limits count by it</source>
        <translation>채팅 아이디나 전화번호: 1인당 구매 제한의 기준입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid already (otherwise the stock is reserved until it is paid)</source>
        <translation>이미 결제됨 (아니면 결제될 때까지 재고를 잡아 둡니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: the claim code this order pays</source>
        <translation>선택 사항: 이 주문이 결제하는 찜 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place order</source>
        <translation>주문 넣기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buyer:</source>
        <translation>구매자:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>전화:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product:</source>
        <translation>상품:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines:</source>
        <translation>주문 항목:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim code:</source>
        <translation>찜 코드:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add at least one product.</source>
        <translation>상품을 하나 이상 추가하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer: enter who ordered (their handle or phone).</source>
        <translation>구매자: 주문한 사람(아이디나 전화번호)을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::MemorySecretStore</name>
    <message>
        <location filename="../../ui/SecretStore.cpp" line="+39"/>
        <source>memory (forgotten on exit)</source>
        <translation>메모리 (종료하면 지워짐)</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OnStreamCard</name>
    <message>
        <location filename="../../ui/OnStreamCard.cpp" line="+124"/>
        <source>Checkout settings, %1: %2</source>
        <translation>결제 설정, %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkout settings: %1</source>
        <translation>결제 설정: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the checkout secret: %1</source>
        <translation>결제 비밀 키를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The product card could not go on stream: %1</source>
        <translation>상품 카드를 방송에 띄우지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrderAlert</name>
    <message>
        <location filename="../../ui/OrderAlert.cpp" line="+82"/>
        <source>New order #%1</source>
        <translation>새 주문 #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n new orders</source>
        <translation>
            <numerusform>새 주문 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · needs a look</source>
        <translation> · 확인 필요</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrderFeedPanel</name>
    <message>
        <location filename="../../ui/OrderFeedPanel.cpp" line="+32"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>새 주문(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>소리</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play a sound for new orders (turn off if the microphone picks it up)</source>
        <translation>새 주문이 오면 소리를 냅니다 (마이크에 잡히면 끄세요)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter a phone or message order by hand (Ctrl+N)</source>
        <translation>전화나 메시지로 받은 주문을 직접 입력합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver…</source>
        <translation>주문 수신…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen address, webhook secrets and URLs</source>
        <translation>수신 주소, 웹훅 비밀 키와 URL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order receiver: off</source>
        <translation>주문 수신: 꺼짐</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Orders · none yet (web shop, comment and manual orders appear here as they arrive)</source>
        <translation>주문 · 아직 없음 (쇼핑몰, 댓글, 직접 입력 주문이 들어오는 대로 여기에 나타납니다)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders · %1, newest first</source>
        <translation>주문 · %1건, 최신순</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session: no orders yet</source>
        <translation>이번 세션: 아직 주문 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session: %1</source>
        <translation>이번 세션: %1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrdersTableModel</name>
    <message>
        <location filename="../../ui/OrdersTableModel.cpp" line="+146"/>
        <source>payment pending</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price mismatch</source>
        <translation>가격 불일치</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment claim</source>
        <translation>댓글 찜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop</source>
        <translation>쇼핑몰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop (Shopify)</source>
        <translation>쇼핑몰 (Shopify)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop (WooCommerce)</source>
        <translation>쇼핑몰 (WooCommerce)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop (Stripe)</source>
        <translation>쇼핑몰 (Stripe)</translation>
    </message>
    <message>
        <location line="+60"/>
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
        <location line="+2"/>
        <source>Not paid yet: the stock is reserved until it is paid or cancelled.</source>
        <translation>아직 결제되지 않음: 결제되거나 취소될 때까지 재고를 잡아 둡니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charged another price than the shelf&apos;s: check the sale or the shop.</source>
        <translation>진열대와 다른 가격으로 결제됨: 세일이나 쇼핑몰 설정을 확인하세요.</translation>
    </message>
    <message>
        <location line="+62"/>
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
    <name>stallcast::ui::PreviewWidget</name>
    <message>
        <location filename="../../ui/PreviewWidget.cpp" line="+25"/>
        <source>What your viewers see (the product card included)</source>
        <translation>시청자가 보는 화면 (상품 카드 포함)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>What your viewers see (the product card included). Preview frames skipped so far: %1 — the stream itself loses none.</source>
        <translation>시청자가 보는 화면 (상품 카드 포함). 지금까지 건너뛴 미리 보기 프레임: %1 — 방송 자체에서는 빠지는 프레임이 없습니다.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Starting the camera…</source>
        <translation>카메라를 켜는 중…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ProductForm</name>
    <message>
        <location filename="../../ui/ProductForm.cpp" line="+60"/>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unique, e.g. JEJU-TANGERINE-3KG</source>
        <translation>고유 값, 예: JEJU-TANGERINE-3KG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>코드:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what viewers type, e.g. A1</source>
        <translation>시청자가 입력하는 코드, 예: A1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>통화:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 4217, e.g. KRW</source>
        <translation>ISO 4217, 예: KRW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>가격:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 25000 or 12.50</source>
        <translation>예: 25000 또는 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale price:</source>
        <translation>할인 가격:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional, below the price</source>
        <translation>선택 사항, 가격보다 낮게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>단위:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 3 kg box</source>
        <translation>예: 3 kg 상자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock on hand:</source>
        <translation>보유 재고:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per buyer:</source>
        <translation>1인당:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin:</source>
        <translation>원산지:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farm:</source>
        <translation>농장:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvested:</source>
        <translation>수확일:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose photo…</source>
        <translation>사진 선택…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo:</source>
        <translation>사진:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>no photo</source>
        <translation>사진 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ReceiverSettingsDialog</name>
    <message>
        <location filename="../../ui/ReceiverSettingsDialog.cpp" line="+29"/>
        <source>Receive orders from web shops while the studio is open</source>
        <translation>스튜디오가 열려 있는 동안 쇼핑몰 주문 받기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order receiver</source>
        <translation>주문 수신</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HOST:PORT to listen on; 127.0.0.1 accepts only this computer (use a tunnel), 0.0.0.0 the whole network</source>
        <translation>수신할 HOST:PORT. 127.0.0.1은 이 컴퓨터만 받습니다(터널 사용), 0.0.0.0은 네트워크 전체</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. https://my-tunnel.example.com (optional)</source>
        <translation>예: https://my-tunnel.example.com (선택 사항)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen on:</source>
        <translation>수신 주소:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders reach it at:</source>
        <translation>외부 접속 주소:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook secrets (kept in %1)</source>
        <translation>웹훅 비밀 키 (%1에 보관)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paste the signing secret</source>
        <translation>서명용 비밀 키를 붙여 넣으세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy URL</source>
        <translation>URL 복사</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>removed on save</source>
        <translation>저장하면 삭제됨</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give each shop its URL and secret; orders are accepted only with a valid signature.</source>
        <translation>쇼핑몰마다 URL과 비밀 키를 입력해 두세요. 서명이 올바른 주문만 받습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Listen on: %1</source>
        <translation>수신 주소: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Senders reach it at: an http:// or https:// address, such as https://my-tunnel.example.com</source>
        <translation>외부 접속 주소: https://my-tunnel.example.com 같은 http:// 또는 https:// 주소</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 secret: at least %2 characters (got %3)</source>
        <translation>%1 비밀 키: %2자 이상이어야 합니다 (현재 %3자)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not store a secret: %1</source>
        <translation>비밀 키를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ShelfPanel</name>
    <message>
        <location filename="../../ui/ShelfPanel.cpp" line="+32"/>
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
        <location line="+18"/>
        <source>Shelf</source>
        <translation>진열대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature</source>
        <translation>방송에 소개(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected product&apos;s card and QR on stream (keys 1–9 feature the first nine on the shelf)</source>
        <translation>선택한 상품의 카드와 QR을 방송에 띄웁니다 (숫자 키 1–9는 진열대의 처음 아홉 상품)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock +1</source>
        <translation>재고 +1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more unit on hand (recorded in the stock ledger)</source>
        <translation>보유 재고 1개 추가 (재고 원장에 기록)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock −1</source>
        <translation>재고 −1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unit less on hand (recorded in the stock ledger)</source>
        <translation>보유 재고 1개 차감 (재고 원장에 기록)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash &amp;sale…</source>
        <translation>타임 세일(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell the selected product at a lower price for a few minutes</source>
        <translation>선택한 상품을 몇 분 동안 더 싸게 팝니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sale</source>
        <translation>세일 종료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected product&apos;s flash sale now</source>
        <translation>선택한 상품의 타임 세일을 지금 끝냅니다</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Nothing featured</source>
        <translation>소개 중인 상품 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On stream: %1 %2</source>
        <translation>방송 중: %1 %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stock of %1 not changed: %2</source>
        <translation>%1 재고를 바꾸지 못했습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock of %1 %2</source>
        <translation>%1 재고 %2</translation>
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
    <name>stallcast::ui::ShopSide</name>
    <message>
        <location filename="../../ui/ShopSide.cpp" line="+36"/>
        <source>Order &amp;receiver…</source>
        <translation>주문 수신(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>새 주문(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Catalogue…</source>
        <translation>카탈로그(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checkout…</source>
        <translation>결제(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed checkout link or payment QR, with a preview</source>
        <translation>서명된 결제 링크 또는 결제 QR, 미리 보기 포함</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, edit and archive products; import and export the CSV</source>
        <translation>상품 추가, 수정, 보관; CSV 가져오기와 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen address, webhook secrets and URLs</source>
        <translation>수신 주소, 웹훅 비밀 키와 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone or message order by hand</source>
        <translation>전화나 메시지로 받은 주문을 직접 입력합니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 was already recorded</source>
        <translation>주문 #%1은(는) 이미 기록되어 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 placed</source>
        <translation>주문 #%1 접수됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order not placed: %1</source>
        <translation>주문을 넣지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::SourcesPanel</name>
    <message>
        <location filename="../../ui/SourcesPanel.cpp" line="+54"/>
        <source>Find devices again</source>
        <translation>장치 다시 찾기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture</source>
        <translation>영상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>소리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>음량</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Showing: %1</source>
        <translation>표시 중: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is lost — trying again every second (%2)</source>
        <translation>%1 연결 끊김 — 1초마다 다시 시도하는 중 (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>First camera, else the test pattern</source>
        <translation>첫 번째 카메라 (없으면 테스트 패턴)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test pattern</source>
        <translation>테스트 패턴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera: %1</source>
        <translation>카메라: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Screen</source>
        <translation>화면 캡처</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media file…</source>
        <translation>미디어 파일…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still image…</source>
        <translation>정지 이미지…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (tone, the file&apos;s sound or the microphone)</source>
        <translation>자동 (테스트 톤, 파일 소리 또는 마이크)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test tone</source>
        <translation>테스트 톤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone: %1</source>
        <translation>마이크: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound</source>
        <translation>소리 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show a still image</source>
        <translation>정지 이미지 보여 주기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play a media file</source>
        <translation>미디어 파일 재생</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.flv);;All files (*)</source>
        <translation>미디어 파일 (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.flv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Switching…</source>
        <translation>전환하는 중…</translation>
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
    <name>stallcast::ui::StudioReceiver</name>
    <message>
        <location filename="../../ui/StudioReceiver.cpp" line="+77"/>
        <location line="+99"/>
        <source>Order receiver: off</source>
        <translation>주문 수신: 꺼짐</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Order receiver: reading the webhook secrets…</source>
        <translation>주문 수신: 웹훅 비밀 키를 읽는 중…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order receiver: cannot read the webhook secrets (%1)</source>
        <translation>주문 수신: 웹훅 비밀 키를 읽을 수 없습니다 (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order receiver: starting on %1…</source>
        <translation>주문 수신: %1에서 시작하는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order receiver: cannot listen on %1: %2</source>
        <translation>주문 수신: %1에서 수신할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order receiver: off (no webhook secret set: Settings › Order receiver)</source>
        <translation>주문 수신: 꺼짐 (웹훅 비밀 키 없음: 설정 › 주문 수신)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiving orders at %1</source>
        <translation>%1에서 주문 받는 중</translation>
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
