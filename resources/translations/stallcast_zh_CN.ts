<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CheckoutSettings</name>
    <message>
        <location filename="../../ui/CheckoutSettings.cpp" line="+66"/>
        <source>is required (e.g. https://shop.example/buy?sku={sku}&amp;exp={expires}&amp;sig={sig})</source>
        <translation>为必填项（例如 https://shop.example/buy?sku={sku}&amp;exp={expires}&amp;sig={sig}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least 16 characters (a long random string; keep it the same in your shop)</source>
        <translation>至少 16 个字符（一串较长的随机字符；与网店中的保持一致）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from 1 minute to 31 days</source>
        <translation>1 分钟到 31 天之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose how viewers pay</source>
        <translation>请选择观众的付款方式</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../../ui/StudioLauncher.cpp" line="+35"/>
        <source>Stallcast cannot open the shop database
%1

%2</source>
        <translation>Stallcast 无法打开店铺数据库
%1

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New shop: showing the demo catalogue. File › Import catalogue CSV… loads your own.</source>
        <translation>新店铺：正在显示演示商品目录。通过 文件 › 导入商品目录 CSV… 载入你自己的商品。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/SalesSummary.cpp" line="+15"/>
        <source>1 order</source>
        <translation>1 笔订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 orders</source>
        <translation>%L1 笔订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 unit</source>
        <translation>1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 units</source>
        <translation>%L1 件</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 paid)</source>
        <translation>%1（已付款 %2 笔）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sold</source>
        <translation>已售 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revenue %1</source>
        <translation>收入 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 order needs attention</source>
        <translation>1 笔订单需要处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 orders need attention</source>
        <translation>%1 笔订单需要处理</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../ui/KeychainSecretStore.cpp" line="+45"/>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system keyring (Secret Service)</source>
        <translation>系统密钥环（Secret Service）</translation>
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
        <translation>YouTube 工作室 › 开始直播 › 直播：复制推流密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook (RTMPS)</source>
        <translation>Facebook（RTMPS）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facebook Live Producer › Streaming software: copy the stream key. Facebook accepts RTMPS only.</source>
        <translation>Facebook Live Producer › 直播软件：复制推流密钥。Facebook 只接受 RTMPS。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twitch Creator Dashboard › Settings › Stream: copy the primary stream key.</source>
        <translation>Twitch 创作者仪表板 › 设置 › 直播：复制主推流密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok LIVE Center: paste the Server URL and the Stream key it shows (only some accounts get them). TikTok is vertical (9:16).</source>
        <translation>TikTok LIVE 中心：粘贴其中显示的服务器 URL 和推流密钥（仅部分账号提供）。TikTok 为竖屏（9:16）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Naver</source>
        <translation>Naver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naver (CHZZK / Shopping Live) studio › stream settings: check the server URL shown there and copy the stream key.</source>
        <translation>Naver（CHZZK / Shopping Live）工作室 › 直播设置：核对其中显示的服务器 URL 并复制推流密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom RTMP / RTMPS / SRT</source>
        <translation>自定义 RTMP / RTMPS / SRT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rtmp://host/app, rtmps://host:443/app or srt://host:port; the key is added at the end (SRT: as streamid).</source>
        <translation>rtmp://host/app、rtmps://host:443/app 或 srt://host:port；密钥会加在末尾（SRT：作为 streamid）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the destination a name.</source>
        <translation>请为推流目标命名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the server URL (rtmp://, rtmps:// or srt://).</source>
        <translation>请粘贴服务器 URL（rtmp://、rtmps:// 或 srt://）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server must start with rtmp://, rtmps:// or srt://.</source>
        <translation>服务器必须以 rtmp://、rtmps:// 或 srt:// 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL has no host name.</source>
        <translation>服务器 URL 缺少主机名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the stream id or passphrase in the stream key field, not in the server URL (the server is saved in plain settings).</source>
        <translation>请把 stream id 或密码填在推流密钥栏，而不是服务器 URL 中（服务器以明文保存在设置里）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server URL looks like it contains the stream key: paste only rtmp://host/app here and the key in the stream key field.</source>
        <translation>服务器 URL 似乎包含推流密钥：这里只粘贴 rtmp://host/app，密钥请填在推流密钥栏。</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::AudioMeter</name>
    <message>
        <location filename="../../ui/AudioMeter.cpp" line="+34"/>
        <source>Sound: %1 dB peak, %2 dB average</source>
        <translation>声音：峰值 %1 dB，平均 %2 dB</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::CatalogEditor</name>
    <message>
        <location filename="../../ui/CatalogEditor.cpp" line="+72"/>
        <source>&amp;Save product</source>
        <translation>保存商品(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held</source>
        <translation>预留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New product</source>
        <translation>新商品(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stock history</source>
        <translation>库存记录</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restored %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived %1 (its history is kept)</source>
        <translation>已归档 %1（保留其历史记录）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the stock history: %1</source>
        <translation>无法读取库存记录：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported from %1: fix the problem below and import again.</source>
        <translation>未从 %1 导入任何内容：请修正下面的问题后重新导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>已导入 %1：新增 %2 个，更新 %3 个，未变 %4 个</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogue written to %1</source>
        <translation>商品目录已写入 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an image Stallcast can read</source>
        <translation>%1 不是 Stallcast 能读取的图片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot copy %1 into %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo not added: %1</source>
        <translation>未添加照片：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Photo copied into the shop folder; save the product to keep it.</source>
        <translation>照片已复制到店铺文件夹；保存商品即可保留。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import catalogue CSV</source>
        <translation>导入商品目录 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export catalogue CSV</source>
        <translation>导出商品目录 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product photo</source>
        <translation>商品照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::CatalogTableModel</name>
    <message>
        <location filename="../../ui/CatalogTableModel.cpp" line="+23"/>
        <source>%1 (was %2)</source>
        <translation>%1（原价 %2）</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sold out</source>
        <translation>售罄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per buyer</source>
        <translation>每人限 %1</translation>
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
        <translation>特价 %1，原价 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on hand, %2 held for buyers</source>
        <translation>库存 %1，为买家预留 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>限购</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Farm</source>
        <translation>农场</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harvested</source>
        <translation>采收日期</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::CheckoutSettingsDialog</name>
    <message>
        <location filename="../../ui/CheckoutSettingsDialog.cpp" line="+58"/>
        <source>Checkout</source>
        <translation>结账</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed link to my checkout page</source>
        <translation>指向我的结账页面的签名链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pix (Brazil)</source>
        <translation>Pix（巴西）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PromptPay (Thailand)</source>
        <translation>PromptPay（泰国）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PayNow (Singapore)</source>
        <translation>PayNow（新加坡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEPA credit transfer (EU)</source>
        <translation>SEPA 转账（欧盟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPI (India)</source>
        <translation>UPI（印度）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Viewers pay with:</source>
        <translation>观众付款方式：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not read the checkout secret: %1</source>
        <translation>无法读取结账密钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stored in %1 (type to replace)</source>
        <translation>已保存在 %1（输入即可替换）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>at least 16 characters, the same as in your shop</source>
        <translation>至少 16 个字符，与网店中的相同</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional: empty lets the buyer type it</source>
        <translation>可选：留空则由买家填写</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the buyer may change the amount</source>
        <translation>买家可以修改金额</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links valid for:</source>
        <translation>链接有效期：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test scan: open the phone&apos;s camera on the preview; it should offer a link to your checkout page for %1 that your shop accepts.</source>
        <translation>测试扫码：用手机相机对准预览；应出现一个指向 %1 结账页面、且网店认可的链接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test scan: open your banking or payment app&apos;s scanner on the preview before going live; it should show your name and the amount, and stop before paying.</source>
        <translation>测试扫码：开播前用银行或支付应用的扫码功能扫描预览；应显示你的名字和金额，付款前请停止。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no preview until the fields are right</source>
        <translation>各项填写正确后才显示预览</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not store the secret: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ClaimsPanel</name>
    <message>
        <location filename="../../ui/ClaimsPanel.cpp" line="+27"/>
        <source>%1 holds %2 (pay code %3)</source>
        <translation>%1 预留了 %2（付款码 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on the waitlist for %2</source>
        <translation>%1 在 %2 的候补名单中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 wants %2 (first paid first served)</source>
        <translation>%1 想要 %2（先付先得）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 refused: %3</source>
        <translation>%1：%2 被拒绝：%3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>@handle A1 2  — a claim from the phone or a DM, then Enter</source>
        <translation>@用户名 A1 2  — 输入电话或私信中的下单请求，然后按 Enter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holds (first claims win)</source>
        <translation>预留（先到先得）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First paid first served</source>
        <translation>先付先得</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The claim could not be recorded: %1</source>
        <translation>无法记录下单请求：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ClaimsTableModel</name>
    <message>
        <location filename="../../ui/ClaimsTableModel.cpp" line="+20"/>
        <source>held → %1</source>
        <translation>已预留 → %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>已预留</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waitlist → %1</source>
        <translation>候补 → %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interest</source>
        <translation>感兴趣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay code</source>
        <translation>付款码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::DestinationsDialog</name>
    <message>
        <location filename="../../ui/DestinationsDialog.cpp" line="+26"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go live here</source>
        <translation>推流到这里</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Destinations</source>
        <translation>推流目标</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Landscape 16:9</source>
        <translation>横屏 16:9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical 9:16</source>
        <translation>竖屏 9:16</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream key</source>
        <translation>推流密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stream keys are kept in: %1. The settings file keeps only the name, server and switches.</source>
        <translation>推流密钥保存在：%1。设置文件只保存名称、服务器和开关。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Add a destination for each platform you stream to.</source>
        <translation>为每个要直播的平台添加一个推流目标。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept in %1 — type to replace</source>
        <translation>已保存在 %1 — 输入即可替换</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This destination takes the vertical canvas: turn on Live › Vertical canvas, or switch it to landscape.</source>
        <translation>此推流目标使用竖屏画布：请打开 直播 › 竖屏画布，或将其改为横屏。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stream key could not be stored: %1</source>
        <translation>无法保存推流密钥：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A removed destination&apos;s key could not be deleted: %1</source>
        <translation>无法删除已移除推流目标的密钥：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::EndOfStreamDialog</name>
    <message>
        <location filename="../../ui/EndOfStreamDialog.cpp" line="+34"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payment pending</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading the orders…</source>
        <translation>正在读取订单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;sales CSV…</source>
        <translation>导出销售 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export packing list &amp;CSV…</source>
        <translation>导出装箱单 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save packing list &amp;PDF…</source>
        <translation>保存装箱单 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint packing list…</source>
        <translation>打印装箱单(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream summary</source>
        <translation>直播总结</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Units and revenue per product over this stream&apos;s paid orders</source>
        <translation>本场直播已付款订单中每个商品的数量和收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to pack for each buyer, as a spreadsheet</source>
        <translation>每位买家要打包的商品（电子表格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to pack for each buyer, ready to print</source>
        <translation>每位买家要打包的商品（可直接打印）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what to pack for each buyer</source>
        <translation>打印每位买家要打包的商品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best sellers</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to look at</source>
        <translation>需查看的订单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export sales CSV</source>
        <translation>导出销售 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export packing list CSV</source>
        <translation>导出装箱单 CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save packing list PDF</source>
        <translation>保存装箱单 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not read the orders: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders: %1 (%2 paid)</source>
        <translation>订单：%1 笔（已付款 %2 笔）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units sold: %1</source>
        <translation>售出数量：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue: %1</source>
        <translation>收入：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders to look at: %1</source>
        <translation>需查看的订单：%1 笔</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Sales CSV</source>
        <translation>销售 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packing list CSV</source>
        <translation>装箱单 CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packing list PDF</source>
        <translation>装箱单 PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Print packing list</source>
        <translation>打印装箱单</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the orders are still being read</source>
        <translation>%1：仍在读取订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: writing %2…</source>
        <translation>%1：正在写入 %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: printing on %2…</source>
        <translation>%1：正在通过 %2 打印…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 rows written to %3</source>
        <translation>%1：已将 %2 行写入 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 rows sent to %3</source>
        <translation>%1：已将 %2 行发送到 %3</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::FlashSaleDialog</name>
    <message>
        <location filename="../../ui/FlashSaleDialog.cpp" line="+25"/>
        <source>the product&apos;s currency %1 is unknown</source>
        <translation>商品的币种 %1 未知</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Flash sale: %1</source>
        <translation>限时特卖：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start sale</source>
        <translation>开始特卖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale price (%1):</source>
        <translation>特卖价（%1）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs for:</source>
        <translation>持续时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units at this price:</source>
        <translation>此价格的数量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per buyer:</source>
        <translation>每人限购：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sale price: enter the price buyers pay during the sale.</source>
        <translation>特卖价：请输入特卖期间买家支付的价格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale price: %1</source>
        <translation>特卖价：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale price: must be above zero and below the list price %1.</source>
        <translation>特卖价：必须大于零且低于原价 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units: the product is sold out.</source>
        <translation>数量：该商品已售罄。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per buyer: the cap cannot be above the units on sale.</source>
        <translation>每人限购：上限不能超过特卖数量。</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::LanguageMenu</name>
    <message>
        <location filename="../../ui/LanguageMenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>System language (%1)</source>
        <translation>系统语言 (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new language applies the next time Stallcast starts.</source>
        <translation>新语言将在下次启动 Stallcast 时生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::LivePanel</name>
    <message>
        <location filename="../../ui/LivePanel.cpp" line="+56"/>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Go &amp;Live</source>
        <translation>开始直播(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record</source>
        <translation>录制(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Destinations…</source>
        <translation>推流目标(&amp;D)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Destination</source>
        <translation>推流目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dropped</source>
        <translation>丢帧</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destinations…</source>
        <translation>推流目标…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>■ Stop stream</source>
        <translation>■ 结束直播</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Go Live</source>
        <translation>● 开始直播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop recording</source>
        <translation>■ 停止录制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>● Record</source>
        <translation>● 录制</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Off air</source>
        <translation>未开播</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the stream?</source>
        <translation>结束直播？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your viewers will see the stream end. The recording, if any, goes on.</source>
        <translation>观众将看到直播结束。正在进行的录制会继续。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>reconnecting in %1 s</source>
        <translation>%1 秒后重新连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reconnect now</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LIVE %1</source>
        <translation>直播中 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording (off air)</source>
        <translation>录制中（未开播）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CPU at %1%: the stream may stutter. Close other programs or lower the canvas size.</source>
        <translation>CPU 占用 %1%：直播可能卡顿。请关闭其他程序或降低画布尺寸。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot check the recording disk: %1</source>
        <translation>无法检查录制磁盘：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 MB free for recordings in %2</source>
        <translation>%2 中只剩 %1 MB 可用于录制</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Quit while on air?</source>
        <translation>直播中退出？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitting ends the stream and finishes the recording.</source>
        <translation>退出将结束直播并完成录制。</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::LiveStudio</name>
    <message>
        <location filename="../../ui/LiveStudio.cpp" line="+110"/>
        <source>The chosen source could not start: %1</source>
        <translation>所选信号源无法启动：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording (vertical)</source>
        <translation>录制（竖屏）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>The studio is still starting its camera; try again in a moment.</source>
        <translation>工作室仍在启动摄像头，请稍后再试。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1: cannot read the stream key (%2)</source>
        <translation>%1：无法读取推流密钥（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no stream key yet: add it in Live › Destinations…</source>
        <translation>%1 还没有推流密钥：请在 直播 › 推流目标… 中添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 takes the vertical canvas: turn on Live › Vertical canvas first.</source>
        <translation>%1 使用竖屏画布：请先打开 直播 › 竖屏画布。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream has ended.</source>
        <translation>直播已结束。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the recording folder %1</source>
        <translation>无法创建录制文件夹 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot record: %1</source>
        <translation>无法录制：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot switch the source: %1</source>
        <translation>无法切换信号源：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop the stream and the recording before changing the canvases.</source>
        <translation>更改画布前请先结束直播和录制。</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+68"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop file: %1</source>
        <translation>店铺文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop database: %1</source>
        <translation>店铺数据库：%1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Today&apos;s summary…</source>
        <translation>今日总结(&amp;T)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the shelf and the orders now</source>
        <translation>立即重新加载货架和订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Shop</source>
        <translation>店铺(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comment claims</source>
        <translation>评论下单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the shop: %1</source>
        <translation>无法读取店铺：%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowLive.cpp" line="+32"/>
        <source>No keychain service answered (%1): stream keys and webhook secrets are kept in memory and forgotten when Stallcast closes.</source>
        <translation>没有钥匙串服务响应（%1）：推流密钥和 webhook 密钥只保存在内存中，关闭 Stallcast 后即丢失。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Sources</source>
        <translation>信号源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera or test pattern could not start: %1</source>
        <translation>摄像头或测试图案无法启动：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording saved: %1</source>
        <translation>录制已保存：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Live</source>
        <translation>直播(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vertical canvas (9:16) too</source>
        <translation>同时使用竖屏画布 (9:16)(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindowOnStream.cpp" line="+51"/>
        <source>Flash sale on %1 started.</source>
        <translation>%1 的限时特卖已开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flash sale on %1 stopped.</source>
        <translation>%1 的限时特卖已结束。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>On-stream &amp;layout</source>
        <translation>直播画面布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout templates (*.json)</source>
        <translation>布局模板 (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Landscape layout file…</source>
        <translation>横屏布局文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout template for the landscape canvas</source>
        <translation>横屏画布的布局模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical layout file…</source>
        <translation>竖屏布局文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout template for the vertical canvas</source>
        <translation>竖屏画布的布局模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in layouts</source>
        <translation>内置布局</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Flash sale on %1: %2</source>
        <translation>%1 的限时特卖：%2</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ManualOrderDialog</name>
    <message>
        <location filename="../../ui/ManualOrderDialog.cpp" line="+28"/>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 · %3 · %4 left</source>
        <translation>%1 %2 · %3 · 剩余 %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>chat handle or phone: per-buyer limits count by it</source>
        <translation>聊天用户名或电话：每人限购按此计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid already (otherwise the stock is reserved until it is paid)</source>
        <translation>已付款（否则在付款前预留库存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: the claim code this order pays</source>
        <translation>可选：此订单支付的预留码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines:</source>
        <translation>订单明细：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim code:</source>
        <translation>预留码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add at least one product.</source>
        <translation>请至少添加一个商品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer: enter who ordered (their handle or phone).</source>
        <translation>买家：请输入下单人（用户名或电话）。</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::MemorySecretStore</name>
    <message>
        <location filename="../../ui/SecretStore.cpp" line="+39"/>
        <source>memory (forgotten on exit)</source>
        <translation>内存（退出时清除）</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OnStreamCard</name>
    <message>
        <location filename="../../ui/OnStreamCard.cpp" line="+124"/>
        <source>Checkout settings, %1: %2</source>
        <translation>结账设置，%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkout settings: %1</source>
        <translation>结账设置：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the checkout secret: %1</source>
        <translation>无法读取结账密钥：%1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The product card could not go on stream: %1</source>
        <translation>商品卡片无法显示在直播中：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrderAlert</name>
    <message>
        <location filename="../../ui/OrderAlert.cpp" line="+82"/>
        <source>New order #%1</source>
        <translation>新订单 #%1</translation>
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
            <numerusform>%n 笔新订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · needs a look</source>
        <translation> · 需查看</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrderFeedPanel</name>
    <message>
        <location filename="../../ui/OrderFeedPanel.cpp" line="+32"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>新订单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play a sound for new orders (turn off if the microphone picks it up)</source>
        <translation>有新订单时播放提示音（如果被麦克风收进去请关闭）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter a phone or message order by hand (Ctrl+N)</source>
        <translation>手动录入电话或消息订单（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiver…</source>
        <translation>接单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listen address, webhook secrets and URLs</source>
        <translation>监听地址、webhook 密钥和 URL</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order receiver: off</source>
        <translation>接单服务：关闭</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Orders · none yet (web shop, comment and manual orders appear here as they arrive)</source>
        <translation>订单 · 暂无（网店、评论和手动订单到达后会显示在这里）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders · %1, newest first</source>
        <translation>订单 · %1，最新在前</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This session: no orders yet</source>
        <translation>本场：还没有订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session: %1</source>
        <translation>本场：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::OrdersTableModel</name>
    <message>
        <location filename="../../ui/OrdersTableModel.cpp" line="+146"/>
        <source>payment pending</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price mismatch</source>
        <translation>价格不符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment claim</source>
        <translation>评论下单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop (Shopify)</source>
        <translation>网店（Shopify）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop (WooCommerce)</source>
        <translation>网店（WooCommerce）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web shop (Stripe)</source>
        <translation>网店（Stripe）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 × %2 at %3 (SKU %4)</source>
        <translation>%1 × %2，单价 %3（SKU %4）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paid, but the stock was gone: refund or backorder.</source>
        <translation>已付款但库存已空：请退款或补货后发货。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid for a product the catalogue does not have.</source>
        <translation>付款的商品不在商品目录中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the product&apos;s per-buyer limit.</source>
        <translation>超出该商品的每人限购。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in another currency than the product&apos;s.</source>
        <translation>付款币种与商品币种不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid yet: the stock is reserved until it is paid or cancelled.</source>
        <translation>尚未付款：库存将预留到付款或取消为止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charged another price than the shelf&apos;s: check the sale or the shop.</source>
        <translation>收取的价格与货架价格不同：请检查特卖或网店设置。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::PackingListDocument</name>
    <message>
        <location filename="../../ui/PackingListDocument.cpp" line="+48"/>
        <location line="+94"/>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Nothing to pack: no paid orders are waiting to be sent.</source>
        <translation>没有要打包的：没有等待发货的已付款订单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>订单</translation>
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
        <translation>商品</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Units for this buyer</source>
        <translation>该买家的件数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total: %1 buyers, %2 orders, %3 units</source>
        <translation>合计：%1 位买家，%2 笔订单，%3 件</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::PreviewWidget</name>
    <message>
        <location filename="../../ui/PreviewWidget.cpp" line="+25"/>
        <source>What your viewers see (the product card included)</source>
        <translation>观众看到的画面（包括商品卡片）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>What your viewers see (the product card included). Preview frames skipped so far: %1 — the stream itself loses none.</source>
        <translation>观众看到的画面（包括商品卡片）。目前已跳过的预览帧：%1 — 直播本身不丢帧。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ProductForm</name>
    <message>
        <location filename="../../ui/ProductForm.cpp" line="+60"/>
        <source>SKU:</source>
        <translation>SKU：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unique, e.g. JEJU-TANGERINE-3KG</source>
        <translation>唯一，例如 JEJU-TANGERINE-3KG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>what viewers type, e.g. A1</source>
        <translation>观众输入的编号，例如 A1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 4217, e.g. KRW</source>
        <translation>ISO 4217，例如 KRW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 25000 or 12.50</source>
        <translation>例如 25000 或 12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale price:</source>
        <translation>特价：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional, below the price</source>
        <translation>可选，低于价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 3 kg box</source>
        <translation>例如 3 kg 箱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock on hand:</source>
        <translation>现有库存：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per buyer:</source>
        <translation>每人限购：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin:</source>
        <translation>产地：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farm:</source>
        <translation>农场：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvested:</source>
        <translation>采收日期：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo:</source>
        <translation>照片：</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>no photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ReceiverSettingsDialog</name>
    <message>
        <location filename="../../ui/ReceiverSettingsDialog.cpp" line="+29"/>
        <source>Receive orders from web shops while the studio is open</source>
        <translation>工作室打开时接收网店订单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order receiver</source>
        <translation>接单服务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HOST:PORT to listen on; 127.0.0.1 accepts only this computer (use a tunnel), 0.0.0.0 the whole network</source>
        <translation>要监听的 HOST:PORT；127.0.0.1 只接受本机（请使用隧道），0.0.0.0 接受整个网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. https://my-tunnel.example.com (optional)</source>
        <translation>例如 https://my-tunnel.example.com（可选）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Listen on:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders reach it at:</source>
        <translation>外部访问地址：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook secrets (kept in %1)</source>
        <translation>Webhook 密钥（保存在 %1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paste the signing secret</source>
        <translation>粘贴签名密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy URL</source>
        <translation>复制 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>removed on save</source>
        <translation>保存时删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give each shop its URL and secret; orders are accepted only with a valid signature.</source>
        <translation>为每个网店填好 URL 和密钥；只接受签名有效的订单。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Listen on: %1</source>
        <translation>监听地址：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Senders reach it at: an http:// or https:// address, such as https://my-tunnel.example.com</source>
        <translation>外部访问地址：http:// 或 https:// 地址，例如 https://my-tunnel.example.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 secret: at least %2 characters (got %3)</source>
        <translation>%1 密钥：至少 %2 个字符（当前 %3 个）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not store a secret: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ShelfPanel</name>
    <message>
        <location filename="../../ui/ShelfPanel.cpp" line="+32"/>
        <source>Shelf · %1 products</source>
        <translation>货架 · %1 个商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 on sale</source>
        <translation> · %1 个特价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 sold out</source>
        <translation> · %1 个售罄</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Feature</source>
        <translation>上屏展示(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected product&apos;s card and QR on stream (keys 1–9 feature the first nine on the shelf)</source>
        <translation>将所选商品的卡片和二维码显示在直播中（数字键 1–9 展示货架上前九个商品）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock +1</source>
        <translation>库存 +1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more unit on hand (recorded in the stock ledger)</source>
        <translation>库存加一件（记入库存台账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock −1</source>
        <translation>库存 −1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One unit less on hand (recorded in the stock ledger)</source>
        <translation>库存减一件（记入库存台账）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flash &amp;sale…</source>
        <translation>限时特卖(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell the selected product at a lower price for a few minutes</source>
        <translation>在几分钟内以更低价格出售所选商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sale</source>
        <translation>结束特卖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected product&apos;s flash sale now</source>
        <translation>立即结束所选商品的限时特卖</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Nothing featured</source>
        <translation>未展示商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On stream: %1 %2</source>
        <translation>直播展示中：%1 %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Stock of %1 not changed: %2</source>
        <translation>%1 的库存未更改：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock of %1 %2</source>
        <translation>%1 的库存 %2</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ShopFileCommands</name>
    <message>
        <location filename="../../ui/ShopFileCommands.cpp" line="+30"/>
        <source>Imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>已导入 %1：新增 %2，更新 %3，未变 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 rows written to %3</source>
        <translation>%1：已将 %2 行写入 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import catalogue CSV…</source>
        <translation>导入商品目录 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export catalogue CSV…</source>
        <translation>导出商品目录 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;sales report CSV…</source>
        <translation>导出销售报表 CSV(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;packing list CSV…</source>
        <translation>导出装箱单 CSV(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add or update products from a CSV file (all rows or none are imported)</source>
        <translation>从 CSV 文件添加或更新商品（要么全部导入，要么都不导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every product to a CSV file</source>
        <translation>将所有商品写入 CSV 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units and revenue per product over paid orders</source>
        <translation>已付款订单中每个商品的数量和收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to pack for each buyer: paid orders not yet fulfilled</source>
        <translation>每位买家要打包的商品：已付款但尚未发货的订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export catalogue</source>
        <translation>导出商品目录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalogue</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export sales report</source>
        <translation>导出销售报表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales report</source>
        <translation>销售报表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export packing list</source>
        <translation>导出装箱单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import catalogue CSV</source>
        <translation>导入商品目录 CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import failed: nothing was imported</source>
        <translation>导入失败：未导入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: the file has a problem.

%1</source>
        <translation>未导入任何内容：文件有问题。

%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ShopSide</name>
    <message>
        <location filename="../../ui/ShopSide.cpp" line="+36"/>
        <source>Order &amp;receiver…</source>
        <translation>接单服务(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New order…</source>
        <translation>新订单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Catalogue…</source>
        <translation>商品目录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Checkout…</source>
        <translation>结账(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed checkout link or payment QR, with a preview</source>
        <translation>签名结账链接或付款二维码，附预览</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, edit and archive products; import and export the CSV</source>
        <translation>添加、编辑和归档商品；导入和导出 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen address, webhook secrets and URLs</source>
        <translation>监听地址、webhook 密钥和 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone or message order by hand</source>
        <translation>手动录入电话或消息订单</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order #%1 was already recorded</source>
        <translation>订单 #%1 已记录过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 placed</source>
        <translation>订单 #%1 已下单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order not placed: %1</source>
        <translation>未能下单：%1</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::SourcesPanel</name>
    <message>
        <location filename="../../ui/SourcesPanel.cpp" line="+54"/>
        <source>Find devices again</source>
        <translation>重新查找设备</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Showing: %1</source>
        <translation>正在显示：%1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 is lost — trying again every second (%2)</source>
        <translation>%1 已断开 — 每秒重试一次（%2）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>First camera, else the test pattern</source>
        <translation>第一个摄像头（没有则用测试图案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test pattern</source>
        <translation>测试图案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera: %1</source>
        <translation>摄像头：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media file…</source>
        <translation>媒体文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still image…</source>
        <translation>静态图片…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (tone, the file&apos;s sound or the microphone)</source>
        <translation>自动（测试音、文件声音或麦克风）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test tone</source>
        <translation>测试音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone: %1</source>
        <translation>麦克风：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound</source>
        <translation>无声音</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show a still image</source>
        <translation>显示静态图片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play a media file</source>
        <translation>播放媒体文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media files (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.flv);;All files (*)</source>
        <translation>媒体文件 (*.mp4 *.mkv *.mov *.webm *.avi *.ts *.flv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Switching…</source>
        <translation>正在切换…</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::StreamReports</name>
    <message>
        <location filename="../../ui/StreamReports.cpp" line="+54"/>
        <source>Orders placed from %1 to %2</source>
        <translation>%1 至 %2 期间的订单</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::StudioReceiver</name>
    <message>
        <location filename="../../ui/StudioReceiver.cpp" line="+77"/>
        <location line="+99"/>
        <source>Order receiver: off</source>
        <translation>接单服务：关闭</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Order receiver: reading the webhook secrets…</source>
        <translation>接单服务：正在读取 webhook 密钥…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order receiver: cannot read the webhook secrets (%1)</source>
        <translation>接单服务：无法读取 webhook 密钥（%1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order receiver: starting on %1…</source>
        <translation>接单服务：正在 %1 上启动…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order receiver: cannot listen on %1: %2</source>
        <translation>接单服务：无法监听 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order receiver: off (no webhook secret set: Settings › Order receiver)</source>
        <translation>接单服务：关闭（未设置 webhook 密钥：设置 › 接单服务）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receiving orders at %1</source>
        <translation>正在 %1 接收订单</translation>
    </message>
</context>
<context>
    <name>stallcast::ui::ThemeMenu</name>
    <message>
        <location filename="../../ui/ThemeMenu.cpp" line="+8"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The desktop&apos;s own colours and style</source>
        <translation>桌面自身的颜色和风格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light colours</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark colours, easier on the eyes in a dim room</source>
        <translation>深色，在昏暗的房间里更护眼</translation>
    </message>
</context>
</TS>
