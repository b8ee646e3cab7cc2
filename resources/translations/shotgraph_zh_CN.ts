<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Delete clears the date</source>
        <translation>按 Delete 键清除日期</translation>
    </message>
    <message>
        <source>It is used in {count} shots.</source>
        <translation>有 {count} 个镜头用到它。</translation>
    </message>
    <message>
        <source>No actor (AI only)</source>
        <translation>无演员（纯 AI）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New look</source>
        <translation>新造型</translation>
    </message>
    <message>
        <source>New character</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>New prop</source>
        <translation>新道具</translation>
    </message>
    <message>
        <source>It is used in {count} shots or scenes and on {days} shooting days.</source>
        <translation>有 {count} 个镜头或场用到它，并排在 {days} 个拍摄日中。</translation>
    </message>
    <message>
        <source>It is used in {count} shots or scenes.</source>
        <translation>有 {count} 个镜头或场用到它。</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>新场地</translation>
    </message>
    <message>
        <source>They play {names}.</source>
        <translation>饰演 {names}。</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>{title} list</source>
        <translation>{title}列表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add to {title}</source>
        <translation>添加到{title}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove from {title}</source>
        <translation>从{title}中删除</translation>
    </message>
    <message>
        <source>{title} details</source>
        <translation>{title}详情</translation>
    </message>
    <message>
        <source>{uses}
Remove “{name}” anyway? Undo brings it back.</source>
        <translation>{uses}
仍要删除“{name}”吗？可以撤销恢复。</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>项目设置</translation>
    </message>
    <message>
        <source>Episode {number}: {title}</source>
        <translation>第 {number} 集：{title}</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
    <message>
        <source>Episode {number} holds {count} shots; they go with it and leave the schedule.</source>
        <translation>第 {number} 集含 {count} 个镜头，它们会随之删除并移出拍摄计划。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“{name}” has changes that are not saved.</source>
        <translation>“{name}”有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>关闭前保存吗？</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>ShotGraph closed before “{name}” was saved.</source>
        <translation>ShotGraph 在“{name}”保存之前关闭了。</translation>
    </message>
    <message>
        <source>Work autosaved at {time} can be restored. Discarding deletes it for good.</source>
        <translation>可以恢复 {time} 自动保存的工作。放弃则会将其永久删除。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore the autosaved work</source>
        <translation>恢复自动保存的工作</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <source>{file} was changed by another program.</source>
        <translation>{file} 已被其他程序修改。</translation>
    </message>
    <message>
        <source>Reload it and lose your changes, or keep yours (the next save overwrites it)?</source>
        <translation>重新载入并丢弃你的更改，还是保留你的版本（下次保存时覆盖磁盘上的文件）？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>{file} was changed by another program since you opened or saved it.</source>
        <translation>{file} 在您打开或保存之后已被其他程序修改。</translation>
    </message>
    <message>
        <source>Overwrite their version with yours, save yours under another name, or cancel and keep both as they are?</source>
        <translation>用您的版本覆盖对方的版本、把您的版本另存为其他名称，还是取消并保持两者不变？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <source>{file} is read-only.</source>
        <translation>{file} 是只读文件。</translation>
    </message>
    <message>
        <source>Replace it anyway? It stays read-only. Cancel leaves it as it is; you can then save under another name.</source>
        <translation>仍要替换它吗？替换后它仍为只读。取消则保持原样，您可以另存为其他名称。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>ShotGraph projects (*.shotgraph)</source>
        <translation>ShotGraph 项目 (*.shotgraph)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Import Shot List</source>
        <translation>导入镜头表</translation>
    </message>
    <message>
        <source>Shot lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>镜头表 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Export files ({patterns})</source>
        <translation>导出文件 ({patterns})</translation>
    </message>
    <message>
        <source>extreme wide</source>
        <translation>大远景</translation>
    </message>
    <message>
        <source>wide</source>
        <translation>远景</translation>
    </message>
    <message>
        <source>full</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中景</translation>
    </message>
    <message>
        <source>medium close-up</source>
        <translation>中近景</translation>
    </message>
    <message>
        <source>close-up</source>
        <translation>特写</translation>
    </message>
    <message>
        <source>extreme close-up</source>
        <translation>大特写</translation>
    </message>
    <message>
        <source>insert</source>
        <translation>插入镜头</translation>
    </message>
    <message>
        <source>eye level</source>
        <translation>平视</translation>
    </message>
    <message>
        <source>high angle</source>
        <translation>俯拍</translation>
    </message>
    <message>
        <source>low angle</source>
        <translation>仰拍</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>顶拍</translation>
    </message>
    <message>
        <source>Dutch tilt</source>
        <translation>斜角</translation>
    </message>
    <message>
        <source>point of view</source>
        <translation>主观视角</translation>
    </message>
    <message>
        <source>over the shoulder</source>
        <translation>过肩</translation>
    </message>
    <message>
        <source>static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>横摇</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>纵摇</translation>
    </message>
    <message>
        <source>dolly in</source>
        <translation>推</translation>
    </message>
    <message>
        <source>dolly out</source>
        <translation>拉</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>横移</translation>
    </message>
    <message>
        <source>follow</source>
        <translation>跟拍</translation>
    </message>
    <message>
        <source>crane</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>handheld</source>
        <translation>手持</translation>
    </message>
    <message>
        <source>Steadicam</source>
        <translation>斯坦尼康</translation>
    </message>
    <message>
        <source>drone</source>
        <translation>航拍</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>变焦</translation>
    </message>
    <message>
        <source>side A of the axis</source>
        <translation>轴线 A 侧</translation>
    </message>
    <message>
        <source>side B of the axis</source>
        <translation>轴线 B 侧</translation>
    </message>
    <message>
        <source>interior</source>
        <translation>内景</translation>
    </message>
    <message>
        <source>exterior</source>
        <translation>外景</translation>
    </message>
    <message>
        <source>interior and exterior</source>
        <translation>内外景</translation>
    </message>
    <message>
        <source>dawn</source>
        <translation>黎明</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>dusk</source>
        <translation>黄昏</translation>
    </message>
    <message>
        <source>night</source>
        <translation>夜</translation>
    </message>
    <message>
        <source>at left</source>
        <translation>在画左</translation>
    </message>
    <message>
        <source>at centre</source>
        <translation>在画中</translation>
    </message>
    <message>
        <source>at right</source>
        <translation>在画右</translation>
    </message>
    <message>
        <source>looks left</source>
        <translation>看向画左</translation>
    </message>
    <message>
        <source>looks right</source>
        <translation>看向画右</translation>
    </message>
    <message>
        <source>into lens</source>
        <translation>看镜头</translation>
    </message>
    <message>
        <source>moves left</source>
        <translation>向画左移动</translation>
    </message>
    <message>
        <source>moves right</source>
        <translation>向画右移动</translation>
    </message>
    <message>
        <source>Jump cut</source>
        <translation>跳切</translation>
    </message>
    <message>
        <source>Crosses the line</source>
        <translation>越轴</translation>
    </message>
    <message>
        <source>Montage</source>
        <translation>蒙太奇</translation>
    </message>
    <message>
        <source>Flashback</source>
        <translation>闪回</translation>
    </message>
    <message>
        <source>Point of view</source>
        <translation>主观镜头</translation>
    </message>
    <message>
        <source>Several locations</source>
        <translation>多个场地</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>The jump cut into this shot is on purpose.</source>
        <translation>切入此镜头的跳切是有意为之。</translation>
    </message>
    <message>
        <source>Crossing the axis or reversing screen direction here is on purpose.</source>
        <translation>此处越轴或反转画面方向是有意为之。</translation>
    </message>
    <message>
        <source>A montage: jump cuts and big size jumps are on purpose.</source>
        <translation>蒙太奇：跳切和景别大幅跳变是有意为之。</translation>
    </message>
    <message>
        <source>A flashback: time of day, wardrobe and props may change.</source>
        <translation>闪回：时段、服装和道具可以变化。</translation>
    </message>
    <message>
        <source>A point-of-view shot: eyelines need not match.</source>
        <translation>主观镜头：视线无需匹配。</translation>
    </message>
    <message>
        <source>The scene moves between locations on purpose.</source>
        <translation>本场有意在多个场地之间切换。</translation>
    </message>
    <message>
        <source>The episode may end on this shot.</source>
        <translation>本集可以在此镜头结束。</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>平静</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强烈</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>高潮</translation>
    </message>
    <message>
        <source>Import Script</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <source>Scripts ({patterns})</source>
        <translation>剧本 ({patterns})</translation>
    </message>
    <message>
        <source>ShotGraph cannot import this script</source>
        <translation>ShotGraph 无法导入此剧本</translation>
    </message>
    <message>
        <source>Re-import Script</source>
        <translation>重新导入剧本</translation>
    </message>
    <message>
        <source>The project already matches {name}.</source>
        <translation>项目已与 {name} 一致。</translation>
    </message>
    <message>
        <source>Bring {name} into the project?

{details}</source>
        <translation>将 {name} 导入项目吗？

{details}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>无问题</translation>
    </message>
    <message>
        <source>worst: error</source>
        <translation>最严重：错误</translation>
    </message>
    <message>
        <source>worst: warning</source>
        <translation>最严重：警告</translation>
    </message>
    <message>
        <source>worst: info</source>
        <translation>最严重：提示</translation>
    </message>
    <message>
        <source>{count} findings, {worst}</source>
        <translation>{count} 个问题，{worst}</translation>
    </message>
    <message>
        <source>Shot {code}, {size}, {mode}, {duration}, {findings}. {description} {dialogue}</source>
        <translation>镜头 {code}，{size}，{mode}，{duration}，{findings}。{description} {dialogue}</translation>
    </message>
    <message>
        <source>{name}: only files on this computer can become a frame</source>
        <translation>{name}：只有本机上的文件才能用作画面</translation>
    </message>
    <message>
        <source>{name}: save the project first; frames are stored in its folder</source>
        <translation>{name}：请先保存项目；画面存放在项目文件夹中</translation>
    </message>
    <message>
        <source>Cannot use this image</source>
        <translation>无法使用此图片</translation>
    </message>
    <message>
        <source>Shot {code} keeps its frame.
{reason}</source>
        <translation>镜头 {code} 保留原画面。
{reason}</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>实拍</translation>
    </message>
    <message>
        <source>HYBRID</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>{start}–{end}  Sc {scenes}  {int_ext} {day_night}  {minutes} min</source>
        <translation>{start}–{end}  {scenes} 场  {int_ext} {day_night}  {minutes} 分钟</translation>
    </message>
    <message>
        <source>cast {ids}</source>
        <translation>演员 {ids}</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>Shot {code} (Sc {scene})</source>
        <translation>镜头 {code}（{scene} 场）</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{date}  ·  Day {number} of {total}</source>
        <translation>{date}  ·  第 {number} 天，共 {total} 天</translation>
    </message>
    <message>
        <source>{length} of {maximum}</source>
        <translation>{length} / {maximum}</translation>
    </message>
    <message>
        <source>{estimate} — over by {over}</source>
        <translation>{estimate} — 超出 {over}</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Call {time}  ·  {status}</source>
        <translation>集合 {time}  ·  {status}</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}：文件不存在</translation>
    </message>
    <message>
        <source>{name}: not an image file (a folder, pipe or device, or unreadable)</source>
        <translation>{name}：不是图片文件（是文件夹、管道或设备，或无法读取）</translation>
    </message>
    <message>
        <source>{name}: the file is {mb:.0f} MB; images up to {limit} MB are accepted</source>
        <translation>{name}：文件大小为 {mb:.0f} MB；仅接受不超过 {limit} MB 的图片</translation>
    </message>
    <message>
        <source>{name}: not an image ShotGraph can read; PNG, JPEG and WebP images are accepted, recognised by their content</source>
        <translation>{name}：ShotGraph 无法读取此图片；仅接受 PNG、JPEG 和 WebP 图片（按文件内容识别）</translation>
    </message>
    <message>
        <source>{name}: {width} × {height} pixels is too large; images up to {limit} megapixels are accepted</source>
        <translation>{name}：{width} × {height} 像素过大；仅接受不超过 {limit} 百万像素的图片</translation>
    </message>
    <message>
        <source>{name}: lies outside the project folder</source>
        <translation>{name}：位于项目文件夹之外</translation>
    </message>
    <message>
        <source>{name}: the image is damaged and cannot be read</source>
        <translation>{name}：图片已损坏，无法读取</translation>
    </message>
    <message>
        <source>Save the project first: images are stored in a folder beside it.</source>
        <translation>请先保存项目：图片存放在项目文件旁的文件夹中。</translation>
    </message>
    <message>
        <source>{name}: could not be copied into the project folder ({reason})</source>
        <translation>{name}：无法复制到项目文件夹（{reason}）</translation>
    </message>
    <message>
        <source>{name}: could not be copied: the project&apos;s media folder leads outside the project folder</source>
        <translation>{name}：无法复制：项目的媒体文件夹指向项目文件夹之外</translation>
    </message>
    <message>
        <source>{where}: not an image ShotGraph can read; PNG, JPEG and WebP images are accepted</source>
        <translation>{where}：ShotGraph 无法读取此图片；仅接受 PNG、JPEG 和 WebP 图片</translation>
    </message>
    <message>
        <source>{where} holds no image</source>
        <translation>{where} 中没有图片</translation>
    </message>
    <message>
        <source>{where}: not an image ShotGraph can read</source>
        <translation>{where}：ShotGraph 无法读取此图片</translation>
    </message>
    <message>
        <source>{where}: {width} × {height} pixels is too large; images up to {limit} megapixels are accepted</source>
        <translation>{where}：{width} × {height} 像素过大；仅接受不超过 {limit} 百万像素的图片</translation>
    </message>
    <message>
        <source>{name}: the image cannot be decoded; the file is damaged</source>
        <translation>{name}：无法解码图片；文件已损坏</translation>
    </message>
    <message>
        <source>Shot menu</source>
        <translation>镜头菜单</translation>
    </message>
    <message>
        <source>Link menu</source>
        <translation>连接菜单</translation>
    </message>
    <message>
        <source>Scene menu</source>
        <translation>场菜单</translation>
    </message>
    <message>
        <source>Graph menu</source>
        <translation>镜头图菜单</translation>
    </message>
    <message>
        <source>Delete Day</source>
        <translation>删除拍摄日</translation>
    </message>
    <message>
        <source>Delete the shooting day {date}? Its {count} shots go back to Unscheduled. Edit ▸ Undo brings the day back.</source>
        <translation>删除拍摄日 {date} 吗？其中的 {count} 个镜头将回到“未排期”。“编辑 ▸ 撤销”可恢复该拍摄日。</translation>
    </message>
    <message>
        <source>Delete scene {code} of episode {number} and its shot?</source>
        <translation>删除第 {number} 集第 {code} 场及其中的镜头吗？</translation>
    </message>
    <message>
        <source>Delete scene {code} of episode {number} and its {count} shots?</source>
        <translation>删除第 {number} 集第 {code} 场及其中的 {count} 个镜头吗？</translation>
    </message>
    <message>
        <source>Delete Scene</source>
        <translation>删除场</translation>
    </message>
    <message>
        <source>Undo brings them back.</source>
        <translation>可以撤销恢复。</translation>
    </message>
    <message>
        <source>Delete episode {number} and its shot?</source>
        <translation>删除第 {number} 集及其中的镜头吗？</translation>
    </message>
    <message>
        <source>Delete episode {number} and its {count} shots?</source>
        <translation>删除第 {number} 集及其中的 {count} 个镜头吗？</translation>
    </message>
    <message>
        <source>Scheduled shots are taken off the schedule. Undo brings everything back.</source>
        <translation>已排期的镜头将移出拍摄计划。可以撤销全部恢复。</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>删除剧集</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <source>Export Animatic</source>
        <translation>导出动态分镜</translation>
    </message>
    <message>
        <source>Export Animatic: choose a folder for the MP4 files</source>
        <translation>导出动态分镜：选择存放 MP4 文件的文件夹</translation>
    </message>
    <message>
        <source>Replace the animatic?</source>
        <translation type="vanished">替换动态分镜？</translation>
    </message>
    <message>
        <source>{folder} already holds {files}. Replace them?</source>
        <translation>{folder} 中已有 {files}。要替换吗？</translation>
    </message>
    <message>
        <source>Animatic Exported</source>
        <translation>动态分镜已导出</translation>
    </message>
    <message>
        <source>Wrote {files} in {folder}</source>
        <translation>已在 {folder} 写入 {files}</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 等另外 {count} 个</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无画面</translation>
    </message>
    <message>
        <source>This video cannot be shown</source>
        <translation>此视频无法显示</translation>
    </message>
    <message>
        <source>This picture cannot be shown</source>
        <translation>此图片无法显示</translation>
    </message>
    <message>
        <source>▶ video</source>
        <translation>▶ 视频</translation>
    </message>
    <message>
        <source>★ chosen</source>
        <translation>★ 选用</translation>
    </message>
    <message>
        <source>{code}: {count} takes kept · draws tried: {tried}</source>
        <translation>{code}：保留 {count} 条 · 已生成 {tried} 次</translation>
    </message>
    <message>
        <source>Take {number}</source>
        <translation>第 {number} 条</translation>
    </message>
    <message>
        <source>{take} ★ chosen</source>
        <translation>{take} ★ 选用</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <source>no seed</source>
        <translation>无种子</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>model unknown</source>
        <translation>模型未知</translation>
    </message>
    <message>
        <source>{seconds} s compute · {cost}</source>
        <translation>算力 {seconds} 秒 · {cost}</translation>
    </message>
    <message>
        <source>Seed: {value}</source>
        <translation>种子：{value}</translation>
    </message>
    <message>
        <source>Added by hand: no generation record.</source>
        <translation>手动添加：没有生成记录。</translation>
    </message>
    <message>
        <source>Model: {value}</source>
        <translation>模型：{value}</translation>
    </message>
    <message>
        <source>Server: {value}</source>
        <translation>服务器：{value}</translation>
    </message>
    <message>
        <source>Workflow: {value}</source>
        <translation>工作流：{value}</translation>
    </message>
    <message>
        <source>Job: {value}</source>
        <translation>任务：{value}</translation>
    </message>
    <message>
        <source>Started: {value}</source>
        <translation>开始：{value}</translation>
    </message>
    <message>
        <source>Finished: {value}</source>
        <translation>完成：{value}</translation>
    </message>
    <message>
        <source>Compute: {value} s</source>
        <translation>算力：{value} 秒</translation>
    </message>
    <message>
        <source>Cost: {value}</source>
        <translation>费用：{value}</translation>
    </message>
</context>
<context>
    <name>AnimaticPreview</name>
    <message>
        <source>Play Episode {number}</source>
        <translation>播放第 {number} 集</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>◀ Shot</source>
        <translation>◀ 上一镜</translation>
    </message>
    <message>
        <source>Shot ▶</source>
        <translation>下一镜 ▶</translation>
    </message>
    <message>
        <source>{shot} ({place}/{count})   {time} / {total}</source>
        <translation>{shot}（{place}/{count}）   {time} / {total}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>This episode has no shots to play: give its shots a duration above 0 s.</source>
        <translation>本集没有可播放的镜头：请为镜头设置大于 0 秒的时长。</translation>
    </message>
    <message>
        <source>Play Episode</source>
        <translation>播放本集</translation>
    </message>
    <message>
        <source>Play the episode&apos;s animatic from the selected shot, with its AI label and subtitles</source>
        <translation>从所选镜头开始播放本集动态分镜（含AI标识和字幕）</translation>
    </message>
</context>
<context>
    <name>BindingsDialog</name>
    <message>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>model (read, never set)</source>
        <translation>模型（只读取，不写入）</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>first-frame image</source>
        <translation>首帧图片</translation>
    </message>
    <message>
        <source>identity reference</source>
        <translation>身份参考</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>背景板</translation>
    </message>
    <message>
        <source>output name</source>
        <translation>输出文件名</translation>
    </message>
    <message>
        <source>Bindings of {name}</source>
        <translation>{name} 的绑定</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>Shot data</source>
        <translation>镜头数据</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>&amp;Add Binding</source>
        <translation>添加绑定(&amp;A)</translation>
    </message>
    <message>
        <source>Add Binding</source>
        <translation>添加绑定</translation>
    </message>
    <message>
        <source>&amp;Remove Binding</source>
        <translation>删除绑定(&amp;R)</translation>
    </message>
    <message>
        <source>Remove Binding</source>
        <translation>删除绑定</translation>
    </message>
    <message>
        <source>Each row sends a piece of the shot&apos;s data to one input of one node. An input without a row keeps the workflow&apos;s own value.</source>
        <translation>每一行把一项镜头数据发送到一个节点的一个输入。没有对应行的输入保留工作流自身的值。</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>Budget by episode and mode</source>
        <translation>按集和拍摄方式的预算</translation>
    </message>
    <message>
        <source>What if the selected shots were made another way</source>
        <translation>所选镜头换一种拍摄方式的预算对比</translation>
    </message>
    <message>
        <source>Estimates from the rates in Project ▸ Settings.</source>
        <translation>按“项目 ▸ 设置”中的费率估算。</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>集</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>AI draws</source>
        <translation>AI 生成次数</translation>
    </message>
    <message>
        <source>AI spend</source>
        <translation>AI 生成花费</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>全部剧集</translation>
    </message>
    <message>
        <source>{cost} · {shots} shots, {seconds} s</source>
        <translation>{cost} · {shots} 个镜头，{seconds} 秒</translation>
    </message>
    <message>
        <source>{spend} of {estimate}</source>
        <translation>{spend} / 预估 {estimate}</translation>
    </message>
    <message>
        <source>More than {margin} over what generating its AI and hybrid shots was expected to cost</source>
        <translation>超出 AI 与混合镜头生成预估 {margin} 以上</translation>
    </message>
    <message>
        <source>Over what generating its AI and hybrid shots was expected to cost, within the {margin} margin</source>
        <translation>超出 AI 与混合镜头生成预估，仍在 {margin} 容差之内</translation>
    </message>
    <message>
        <source>What the AI draws cost, beside what generating the same shots was expected to cost</source>
        <translation>AI 生成的实际花费，对照这些镜头的生成预估</translation>
    </message>
    <message>
        <source>What if: {count} selected shots</source>
        <translation>假如：所选 {count} 个镜头</translation>
    </message>
    <message>
        <source>What if: select shots to compare their cost</source>
        <translation>假如：选择镜头以对比成本</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>按现计划</translation>
    </message>
    <message>
        <source>All {mode}</source>
        <translation>全部{mode}</translation>
    </message>
</context>
<context>
    <name>CallSheetDialog</name>
    <message>
        <source>Export Call Sheets</source>
        <translation>导出通告单</translation>
    </message>
    <message>
        <source>All shooting days</source>
        <translation>全部拍摄日</translation>
    </message>
    <message>
        <source>Day {number} · {date}</source>
        <translation>第 {number} 天 · {date}</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>拍摄日(&amp;D)：</translation>
    </message>
    <message>
        <source>Chinese 通告单</source>
        <translation>中文通告单</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际格式</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>版式(&amp;L)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG, one picture per page</source>
        <translation>PNG，每页一张图片</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), one sheet a day</source>
        <translation>Excel 工作簿（XLSX），每天一个工作表</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>With shooting &amp;boards (PDF only)</source>
        <translation>附拍摄日分镜(&amp;B)（仅 PDF）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>CameraLabel</name>
    <message>
        <source>EWS</source>
        <translation>大远景</translation>
    </message>
    <message>
        <source>WS</source>
        <translation>远景</translation>
    </message>
    <message>
        <source>FS</source>
        <translation>全景</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>中景</translation>
    </message>
    <message>
        <source>MCU</source>
        <translation>中近景</translation>
    </message>
    <message>
        <source>CU</source>
        <translation>特写</translation>
    </message>
    <message>
        <source>ECU</source>
        <translation>大特写</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Eye level</source>
        <translation>平视</translation>
    </message>
    <message>
        <source>High</source>
        <translation>俯拍</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>仰拍</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>顶拍</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>斜角</translation>
    </message>
    <message>
        <source>POV</source>
        <translation>主观</translation>
    </message>
    <message>
        <source>OTS</source>
        <translation>过肩</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>摇</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>纵摇</translation>
    </message>
    <message>
        <source>Dolly in</source>
        <translation>推</translation>
    </message>
    <message>
        <source>Dolly out</source>
        <translation>拉</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>移</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟</translation>
    </message>
    <message>
        <source>Crane</source>
        <translation>升降</translation>
    </message>
    <message>
        <source>Handheld</source>
        <translation>手持</translation>
    </message>
    <message>
        <source>Steadicam</source>
        <translation>斯坦尼康</translation>
    </message>
    <message>
        <source>Drone</source>
        <translation>航拍</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>变焦</translation>
    </message>
</context>
<context>
    <name>CanvasCommands</name>
    <message>
        <source>Shot menu</source>
        <translation type="vanished">镜头菜单</translation>
    </message>
    <message>
        <source>Add Shot After</source>
        <translation type="vanished">在后面添加镜头</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">删除</translation>
    </message>
    <message>
        <source>Set Mode</source>
        <translation type="vanished">设置拍摄方式</translation>
    </message>
    <message>
        <source>Add Plate From</source>
        <translation type="vanished">添加背景板来源</translation>
    </message>
    <message>
        <source>Use shot {code} as the background plate</source>
        <translation type="vanished">用镜头 {code} 作背景板</translation>
    </message>
    <message>
        <source>Link menu</source>
        <translation type="vanished">连接菜单</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="vanished">删除连接</translation>
    </message>
</context>
<context>
    <name>CastPicker</name>
    <message>
        <source>Characters in the scene</source>
        <translation>本场角色</translation>
    </message>
    <message>
        <source>New character&apos;s name</source>
        <translation>新角色名</translation>
    </message>
    <message>
        <source>New character</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the new character to the scene</source>
        <translation>将新角色加入本场</translation>
    </message>
</context>
<context>
    <name>CharactersEditor</name>
    <message>
        <source>Characters in shot</source>
        <translation>镜头中的角色</translation>
    </message>
    <message>
        <source>Add character…</source>
        <translation>添加角色…</translation>
    </message>
    <message>
        <source>Position of {name}</source>
        <translation>{name}的位置</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Look of {name}</source>
        <translation>{name}的视线</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>视线</translation>
    </message>
    <message>
        <source>Motion of {name}</source>
        <translation>{name}的动作</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>{what}: —</source>
        <translation>{what}：—</translation>
    </message>
    <message>
        <source>Wardrobe look of {name}</source>
        <translation>{name}的服装造型</translation>
    </message>
    <message>
        <source>No wardrobe look</source>
        <translation>无服装造型</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <source>Mixed</source>
        <translation>多个值</translation>
    </message>
</context>
<context>
    <name>ClipboardCommands</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Put the selected shots on the clipboard and remove them</source>
        <translation>将所选镜头放到剪贴板并删除</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Put the selected shots on the clipboard</source>
        <translation>将所选镜头复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste copied shots after the current shot, or at the end of the scene or episode</source>
        <translation>将复制的镜头粘贴到当前镜头之后，或粘贴到本场或本集末尾</translation>
    </message>
    <message>
        <source>Cannot copy: {reason}</source>
        <translation>无法复制：{reason}</translation>
    </message>
    <message>
        <source>Copied 1 shot.</source>
        <translation>已复制 1 个镜头。</translation>
    </message>
    <message>
        <source>Copied {n} shots.</source>
        <translation>已复制 {n} 个镜头。</translation>
    </message>
    <message>
        <source>Cannot paste: the episode has no scene yet. Add a scene first.</source>
        <translation>无法粘贴：本集还没有场。请先添加一场。</translation>
    </message>
    <message>
        <source>Cannot paste: the clipboard holds no ShotGraph shots.</source>
        <translation>无法粘贴：剪贴板中没有 ShotGraph 镜头。</translation>
    </message>
    <message>
        <source>Cannot paste: {reason}</source>
        <translation>无法粘贴：{reason}</translation>
    </message>
    <message>
        <source>Pasted 1 shot.</source>
        <translation>已粘贴 1 个镜头。</translation>
    </message>
    <message>
        <source>Pasted {n} shots.</source>
        <translation>已粘贴 {n} 个镜头。</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个角色</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} 个角色</translation>
    </message>
    <message>
        <source>1 wardrobe look</source>
        <translation>1 套服装造型</translation>
    </message>
    <message>
        <source>{n} wardrobe looks</source>
        <translation>{n} 套服装造型</translation>
    </message>
    <message>
        <source>1 prop</source>
        <translation>1 件道具</translation>
    </message>
    <message>
        <source>{n} props</source>
        <translation>{n} 件道具</translation>
    </message>
    <message>
        <source>1 location</source>
        <translation>1 个场地</translation>
    </message>
    <message>
        <source>{n} locations</source>
        <translation>{n} 个场地</translation>
    </message>
    <message>
        <source>{pasted} Left out what this project does not have: {what}.</source>
        <translation>{pasted}本项目没有的内容已略去：{what}。</translation>
    </message>
</context>
<context>
    <name>CompareTakesDialog</name>
    <message>
        <source>Arrows move between takes · Return or Space chooses · Delete removes · Esc closes</source>
        <translation>方向键在各条之间移动 · Return 或 Space 选用 · Delete 删除 · Esc 关闭</translation>
    </message>
    <message>
        <source>Choose Take</source>
        <translation>选用此条</translation>
    </message>
    <message>
        <source>Remove Take</source>
        <translation>删除此条</translation>
    </message>
    <message>
        <source>Storyboard frame and takes</source>
        <translation>分镜画面与生成结果</translation>
    </message>
    <message>
        <source>Compare Takes: {code}</source>
        <translation>比较生成结果：{code}</translation>
    </message>
    <message>
        <source>Storyboard frame</source>
        <translation>分镜画面</translation>
    </message>
    <message>
        <source>Compare Takes…</source>
        <translation>比较生成结果…</translation>
    </message>
    <message>
        <source>Show the current AI shot&apos;s storyboard frame and takes side by side to choose one</source>
        <translation>并排显示当前 AI 镜头的分镜画面和各条生成结果，从中选用一条</translation>
    </message>
</context>
<context>
    <name>CountSpin</name>
    <message>
        <source>Mixed</source>
        <translation>多个值</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <source>Strips of shooting day {date}</source>
        <translation>{date} 拍摄日的场景条</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Shooting day {date}, day {number} of {total}, {status}</source>
        <translation>拍摄日 {date}，第 {number} 天，共 {total} 天，{status}</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>{count} live or hybrid shots on no day</source>
        <translation>{count} 个实拍或混合镜头未排入任何拍摄日</translation>
    </message>
    <message>
        <source>Every live and hybrid shot is on a day</source>
        <translation>所有实拍和混合镜头都已排入拍摄日</translation>
    </message>
    <message>
        <source>Unscheduled shots</source>
        <translation>未排期的镜头</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Edit Shooting Day {date}</source>
        <translation>编辑拍摄日 {date}</translation>
    </message>
    <message>
        <source>Draft (call sheets say DRAFT)</source>
        <translation>草稿（通告单标注“草稿”）</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unit call</source>
        <translation>集合时间(&amp;U)</translation>
    </message>
    <message>
        <source>This project has no locations yet (Project ▸ Locations…).</source>
        <translation>本项目还没有场地（项目 ▸ 场地…）。</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>场地(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Weather</source>
        <translation>天气(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Call sheet version {n}, final.</source>
        <translation>通告单第{n}版，定稿。</translation>
    </message>
    <message>
        <source>Call sheet version {n}, draft.</source>
        <translation>通告单第{n}版，草稿。</translation>
    </message>
    <message numerus="yes">
        <source>Version {old} was final; %n change(s) since. Final issues version {n}.</source>
        <translation>
            <numerusform>第{old}版已定稿；此后有 %n 处变更。选择定稿将发布第{n}版。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit call</source>
        <translation>集合时间</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>天气</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Too long: at most {count} characters.</source>
        <translation>太长：最多 {count} 个字符。</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>未接受：{reason}</translation>
    </message>
    <message>
        <source>date</source>
        <translation type="vanished">date</translation>
    </message>
    <message>
        <source>Another shooting day is on this date too.</source>
        <translation>这一天已有另一个拍摄日。</translation>
    </message>
    <message>
        <source>location_ids</source>
        <translation type="vanished">location_ids</translation>
    </message>
    <message>
        <source>More than the {limit} locations a day the planning settings allow.</source>
        <translation>超出了拍摄计划设置中每日最多 {limit} 个场地的限制。</translation>
    </message>
</context>
<context>
    <name>DayHeader</name>
    <message>
        <source>Double-click or press Enter to edit the day; right-click or press the Menu key for more</source>
        <translation>双击或按 Enter 编辑拍摄日；右键单击或按菜单键查看更多操作</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>剧集</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Props</source>
        <translation>道具</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Cast and crew</source>
        <translation>演职人员</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>项目设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Episodes…</source>
        <translation>剧集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Characters and Looks…</source>
        <translation>角色与造型(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Props…</source>
        <translation>道具(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Locations…</source>
        <translation>场地(&amp;L)…</translation>
    </message>
    <message>
        <source>Cast and C&amp;rew…</source>
        <translation>演职人员(&amp;R)…</translation>
    </message>
    <message>
        <source>Directing</source>
        <translation>导演组</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>制片组</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Grip and electric</source>
        <translation>机械与灯光</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>美术</translation>
    </message>
    <message>
        <source>Wardrobe</source>
        <translation>服装</translation>
    </message>
    <message>
        <source>Hair and make-up</source>
        <translation>妆发</translation>
    </message>
    <message>
        <source>VFX and AI</source>
        <translation>特效与 AI</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Wardrobe looks</source>
        <translation>服装造型</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>造型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>演员</translation>
    </message>
    <message>
        <source>Cast number</source>
        <translation>演员编号</translation>
    </message>
    <message>
        <source>Identity references</source>
        <translation>身份参考图</translation>
    </message>
    <message>
        <source>Locked reference</source>
        <translation>锁定参考图</translation>
    </message>
    <message>
        <source>The actor consented in writing to an AI likeness</source>
        <translation>演员已书面同意使用其 AI 肖像</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hair and make-up left unset uses the project&apos;s planning default.</source>
        <translation>妆发时长未设置时，使用项目计划中的默认值。</translation>
    </message>
    <message>
        <source>INT/EXT</source>
        <translation>内/外景</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Safety and access</source>
        <translation>安全与出入</translation>
    </message>
    <message>
        <source>Travel from pick-up</source>
        <translation>接送点到场地车程</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>停车</translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation>最近的医院</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>紧急电话</translation>
    </message>
    <message>
        <source>Position (for sunrise and sunset)</source>
        <translation>坐标（用于日出日落时间）</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Pick-up</source>
        <translation>接送</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日薪</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>/天</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>剧名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付规格</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>画幅比例</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>拍摄计划</translation>
    </message>
    <message>
        <source>First shooting day</source>
        <translation>首个拍摄日</translation>
    </message>
    <message>
        <source>Longest day</source>
        <translation>单日最长工时</translation>
    </message>
    <message>
        <source>Turnaround between days</source>
        <translation>两日之间的休息间隔</translation>
    </message>
    <message>
        <source>Locations per day, at most</source>
        <translation>每日最多场地数</translation>
    </message>
    <message>
        <source>Meal break</source>
        <translation>用餐时间</translation>
    </message>
    <message>
        <source>First meal, at most after call</source>
        <translation>首餐最晚于集合后</translation>
    </message>
    <message>
        <source>Breakfast for calls before</source>
        <translation>集合早于此时提供早餐</translation>
    </message>
    <message>
        <source>Breakfast before call</source>
        <translation>早餐提前于集合</translation>
    </message>
    <message>
        <source>Load in and out</source>
        <translation>进场与撤场</translation>
    </message>
    <message>
        <source>Company move</source>
        <translation>转场</translation>
    </message>
    <message>
        <source>Takes per shot</source>
        <translation>每个镜头的条数</translation>
    </message>
    <message>
        <source>Take length factor</source>
        <translation>单条时长系数</translation>
    </message>
    <message>
        <source>Reset between takes</source>
        <translation>两条之间的复位时间</translation>
    </message>
    <message>
        <source>Setup, static camera</source>
        <translation>机位搭建：固定机位</translation>
    </message>
    <message>
        <source>Setup, usual</source>
        <translation>机位搭建：常规</translation>
    </message>
    <message>
        <source>Setup, rigged camera</source>
        <translation>机位搭建：架设设备</translation>
    </message>
    <message>
        <source>Setup, effects</source>
        <translation>机位搭建：特效</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>缓冲时间</translation>
    </message>
    <message>
        <source>Release after wrap</source>
        <translation>收工后放人时间</translation>
    </message>
    <message>
        <source>Daylight margin</source>
        <translation>日光余量</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Live shooting day</source>
        <translation>实拍日</translation>
    </message>
    <message>
        <source>AI generation</source>
        <translation>AI 生成</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Server token</source>
        <translation>服务器令牌</translation>
    </message>
    <message>
        <source>Cost per compute second</source>
        <translation>每秒算力成本</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>/秒</translation>
    </message>
    <message>
        <source>Cost per generated second</source>
        <translation>每秒生成视频费用</translation>
    </message>
    <message>
        <source>Expected compute per draw</source>
        <translation>每次生成预计算力时长</translation>
    </message>
    <message>
        <source>Overspend margin</source>
        <translation>超支容差</translation>
    </message>
    <message>
        <source>Chain the first frame to the previous shot&apos;s chosen take</source>
        <translation>首帧接续上一镜头选定的结果</translation>
    </message>
    <message>
        <source>The ComfyUI server AI draws are sent to: an http:// or https:// address, such as http://127.0.0.1:8188</source>
        <translation>AI 生成任务发送到的 ComfyUI 服务器：http:// 或 https:// 地址，例如 http://127.0.0.1:8188</translation>
    </message>
    <message>
        <source>Sent as a bearer token to a server behind an authenticating proxy: ASCII letters, digits and punctuation. Anyone with the project file can read it.</source>
        <translation>作为 Bearer 令牌发送给认证代理之后的服务器：仅限 ASCII 字母、数字和标点。拿到项目文件的人都能读到它。</translation>
    </message>
    <message>
        <source>What a second of a local server&apos;s compute costs (power, a rented GPU), in the budget&apos;s currency</source>
        <translation>本地服务器每秒算力的成本（电费、租用 GPU），以预算货币计</translation>
    </message>
    <message>
        <source>What a cloud model charges per second of video it returns, in the budget&apos;s currency</source>
        <translation>云端模型每返回一秒视频收取的费用，以预算货币计</translation>
    </message>
    <message>
        <source>The compute time the estimate before sending assumes for a draw</source>
        <translation>发送前估算时每次生成假定的算力时长</translation>
    </message>
    <message>
        <source>An episode whose AI spend passes what generating its shots was expected to cost by more than this gets a warning</source>
        <translation>某集 AI 花费超出其镜头生成预估超过此比例时给出警告</translation>
    </message>
    <message>
        <source>Send the previous shot&apos;s chosen take as a draw&apos;s first frame, instead of the shot&apos;s storyboard frame</source>
        <translation>以上一镜头选定的结果作为生成首帧，代替本镜头的分镜画面</translation>
    </message>
    <message>
        <source>AI operator</source>
        <translation>AI 操作员</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>/小时</translation>
    </message>
    <message>
        <source>Operator time per AI shot</source>
        <translation>每个 AI 镜头的操作时间</translation>
    </message>
    <message>
        <source>Compositing</source>
        <translation>合成</translation>
    </message>
    <message>
        <source>per hybrid shot</source>
        <translation>/混合镜头</translation>
    </message>
    <message>
        <source>AI takes, establishing</source>
        <translation>AI 生成次数：空镜/建立镜头</translation>
    </message>
    <message>
        <source>AI takes, crowd or effects</source>
        <translation>AI 生成次数：群演或特效</translation>
    </message>
    <message>
        <source>AI takes, dialogue</source>
        <translation>AI 生成次数：对白</translation>
    </message>
    <message>
        <source>AI takes, prop handling</source>
        <translation>AI 生成次数：道具操作</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>片头</translation>
    </message>
    <message>
        <source>At the start and the end</source>
        <translation>片头和片尾</translation>
    </message>
    <message>
        <source>Throughout</source>
        <translation>全程</translation>
    </message>
    <message>
        <source>1 · AI-generated or synthesised</source>
        <translation>1 · AI 生成合成</translation>
    </message>
    <message>
        <source>2 · May be AI-generated</source>
        <translation>2 · 可能为 AI 生成</translation>
    </message>
    <message>
        <source>3 · Suspected AI-generated</source>
        <translation>3 · 疑似 AI 生成</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>AI content disclosure</source>
        <translation>AI 内容标识</translation>
    </message>
    <message>
        <source>Label AI-generated content</source>
        <translation>标注 AI 生成内容</translation>
    </message>
    <message>
        <source>Visible label</source>
        <translation>显式标识文字</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>显示位置</translation>
    </message>
    <message>
        <source>Label starts at</source>
        <translation>标识出现于</translation>
    </message>
    <message>
        <source>Label lasts</source>
        <translation>标识时长</translation>
    </message>
    <message>
        <source>Label text height</source>
        <translation>标识文字高度</translation>
    </message>
    <message>
        <source>AIGC Label (metadata)</source>
        <translation>AIGC 标签 Label（元数据）</translation>
    </message>
    <message>
        <source>Provider code, if no model names one (metadata)</source>
        <translation>服务提供者编码（模型未给出时，元数据）</translation>
    </message>
    <message>
        <source>Content id (metadata)</source>
        <translation>内容编号（元数据）</translation>
    </message>
    <message>
        <source>An episode with AI or hybrid shots needs a visible label from its first frame for at least 2 s, its text at least 5 % of the frame&apos;s shorter side, saying AI (or 人工智能) and 生成 (or 合成); and the AIGC metadata embedded in the delivered file, in ASCII codes. Each AI clip&apos;s provider code comes from the AI provider table in the project settings.</source>
        <translation>含 AI 或混合镜头的剧集须从第一帧起显示显式标识至少 2 秒，文字高度不低于画面短边的 5%，写明“AI”（或“人工智能”）与“生成”（或“合成”）；交付文件须嵌入 AIGC 元数据，使用 ASCII 编码。每个 AI 片段的服务提供者编码取自项目设置中的 AI 服务提供者表。</translation>
    </message>
    <message>
        <source>Producer (metadata)</source>
        <translation type="vanished">制作方（元数据）</translation>
    </message>
    <message>
        <source>Production id (metadata)</source>
        <translation type="vanished">制作编号（元数据）</translation>
    </message>
    <message>
        <source>Distributor (metadata)</source>
        <translation>发行方（元数据）</translation>
    </message>
    <message>
        <source>Distribution id (metadata)</source>
        <translation>发行编号（元数据）</translation>
    </message>
    <message>
        <source>An episode with AI or hybrid shots needs a visible label shown at the start for at least 2 s, and the AIGC metadata embedded in the delivered file.</source>
        <translation type="vanished">含 AI 或混合镜头的剧集，须在片头显示显式标识至少 2 秒，并在交付文件中嵌入 AIGC 元数据。</translation>
    </message>
    <message>
        <source>Call sheets</source>
        <translation>通告单</translation>
    </message>
    <message>
        <source>Production office</source>
        <translation>制片办公室</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Walkie channels</source>
        <translation>对讲机频道</translation>
    </message>
    <message>
        <source>{department} walkie channel</source>
        <translation>{department}对讲机频道</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>A PNG, JPEG or WebP picture in the project&apos;s folder, printed at the top of every call sheet. Leave empty for none.</source>
        <translation>项目文件夹中的一张 PNG、JPEG 或 WebP 图片，印在每张通告单的顶部。留空则不印。</translation>
    </message>
    <message>
        <source>Save the project first: the logo is kept in the project&apos;s folder, as storyboard frames are.</source>
        <translation>请先保存项目：标志和分镜画面一样保存在项目文件夹中。</translation>
    </message>
    <message>
        <source>Choose a picture inside the project&apos;s folder ({folder}): the logo travels with the project, as storyboard frames do.</source>
        <translation>请选择项目文件夹（{folder}）内的图片：标志和分镜画面一样随项目一起移动。</translation>
    </message>
    <message>
        <source>AI content labelling</source>
        <translation>AI 内容标识</translation>
    </message>
    <message>
        <source>Registration or licence number (opening titles)</source>
        <translation>备案号或许可证号（片头）</translation>
    </message>
    <message>
        <source>AI provider table</source>
        <translation>AI 服务提供者表</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 模型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务提供者</translation>
    </message>
    <message>
        <source>Provider code</source>
        <translation>提供者编码</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Add an AI model</source>
        <translation>添加 AI 模型</translation>
    </message>
    <message>
        <source>Remove the chosen AI models</source>
        <translation>删除所选 AI 模型</translation>
    </message>
    <message>
        <source>Select all AI models</source>
        <translation>全选 AI 模型</translation>
    </message>
    <message>
        <source>Each AI model the shots name, the service provider behind it and the provider&apos;s code. The code (printable ASCII, no spaces) is written as ContentProducer in the AIGC metadata of every clip made with that model.</source>
        <translation>镜头所用的每个 AI 模型、其背后的服务提供者及提供者编码。编码（可打印 ASCII，不含空格）会作为 ContentProducer 写入用该模型生成的每个片段的 AIGC 元数据。</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation>删除镜头</translation>
    </message>
    <message>
        <source>Remove {n} Shots</source>
        <translation>删除 {n} 个镜头</translation>
    </message>
    <message>
        <source>Edit Shot</source>
        <translation>编辑镜头</translation>
    </message>
    <message>
        <source>Edit {n} Shots</source>
        <translation>编辑 {n} 个镜头</translation>
    </message>
    <message>
        <source>Duplicate Shot</source>
        <translation>复制镜头</translation>
    </message>
    <message>
        <source>Duplicate {n} Shots</source>
        <translation>复制 {n} 个镜头</translation>
    </message>
    <message>
        <source>Set Shot to Live</source>
        <translation type="vanished">将镜头设为实拍</translation>
    </message>
    <message>
        <source>Set Shot to AI</source>
        <translation type="vanished">将镜头设为 AI</translation>
    </message>
    <message>
        <source>Set Shot to Hybrid</source>
        <translation type="vanished">将镜头设为混合</translation>
    </message>
    <message>
        <source>Set {n} Shots to Live</source>
        <translation type="vanished">将 {n} 个镜头设为实拍</translation>
    </message>
    <message>
        <source>Set {n} Shots to AI</source>
        <translation type="vanished">将 {n} 个镜头设为 AI</translation>
    </message>
    <message>
        <source>Set {n} Shots to Hybrid</source>
        <translation type="vanished">将 {n} 个镜头设为混合</translation>
    </message>
    <message>
        <source>Move Shot to Scene</source>
        <translation type="vanished">将镜头移到另一场</translation>
    </message>
    <message>
        <source>Move {n} Shots to Scene</source>
        <translation type="vanished">将 {n} 个镜头移到另一场</translation>
    </message>
    <message>
        <source>Move Shot</source>
        <translation>移动镜头</translation>
    </message>
    <message>
        <source>Move {n} Shots</source>
        <translation>移动 {n} 个镜头</translation>
    </message>
    <message>
        <source>Reorder Shot</source>
        <translation>调整镜头顺序</translation>
    </message>
    <message>
        <source>Reorder {n} Shots</source>
        <translation>调整 {n} 个镜头的顺序</translation>
    </message>
    <message>
        <source>Renumber Shots</source>
        <translation>重新编号镜头</translation>
    </message>
    <message>
        <source>Renumber Episode {n}</source>
        <translation type="vanished">重新编号第 {n} 集</translation>
    </message>
    <message>
        <source>Schedule Shot</source>
        <translation>将镜头排入拍摄日</translation>
    </message>
    <message>
        <source>Schedule {n} Shots</source>
        <translation>将 {n} 个镜头排入拍摄日</translation>
    </message>
    <message>
        <source>Schedule Shots</source>
        <translation>将镜头排入拍摄日</translation>
    </message>
    <message>
        <source>Unschedule Shot</source>
        <translation>将镜头移出拍摄日</translation>
    </message>
    <message>
        <source>Unschedule {n} Shots</source>
        <translation>将 {n} 个镜头移出拍摄日</translation>
    </message>
    <message>
        <source>Unschedule Shots</source>
        <translation>将镜头移出拍摄日</translation>
    </message>
    <message>
        <source>Plan Days</source>
        <translation>安排拍摄日</translation>
    </message>
    <message>
        <source>Add AI Take</source>
        <translation>添加 AI 生成结果</translation>
    </message>
    <message>
        <source>Choose AI Take</source>
        <translation>选用 AI 生成结果</translation>
    </message>
    <message>
        <source>Remove AI Take</source>
        <translation>删除 AI 生成结果</translation>
    </message>
    <message>
        <source>Bring Back AI Take of {shot}</source>
        <translation>取回镜头 {shot} 的 AI 生成结果</translation>
    </message>
    <message>
        <source>Import Workflow Template {name}</source>
        <translation>导入工作流模板 {name}</translation>
    </message>
    <message>
        <source>Edit Bindings of {name}</source>
        <translation>编辑 {name} 的绑定</translation>
    </message>
    <message>
        <source>Add Cut</source>
        <translation>添加剪接</translation>
    </message>
    <message>
        <source>Add Plate Link</source>
        <translation>添加背景板连接</translation>
    </message>
    <message>
        <source>Add Alternative Link</source>
        <translation>添加备选连接</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Set Plate</source>
        <translation type="vanished">设置背景板</translation>
    </message>
    <message>
        <source>Remove Plate</source>
        <translation type="vanished">移除背景板</translation>
    </message>
    <message>
        <source>Add Episode</source>
        <translation>添加剧集</translation>
    </message>
    <message>
        <source>Edit Episode</source>
        <translation>编辑剧集</translation>
    </message>
    <message>
        <source>Remove Episode</source>
        <translation>删除剧集</translation>
    </message>
    <message>
        <source>Add Scene</source>
        <translation>添加场</translation>
    </message>
    <message>
        <source>Edit Scene</source>
        <translation>编辑场</translation>
    </message>
    <message>
        <source>Remove Scene</source>
        <translation>删除场</translation>
    </message>
    <message>
        <source>Add Character</source>
        <translation type="vanished">添加角色</translation>
    </message>
    <message>
        <source>Edit Character</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>Remove Character</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <source>Add Wardrobe Look</source>
        <translation type="vanished">添加服装造型</translation>
    </message>
    <message>
        <source>Edit Wardrobe Look</source>
        <translation>编辑服装造型</translation>
    </message>
    <message>
        <source>Remove Wardrobe Look</source>
        <translation>删除服装造型</translation>
    </message>
    <message>
        <source>Add Prop</source>
        <translation type="vanished">添加道具</translation>
    </message>
    <message>
        <source>Edit Prop</source>
        <translation>编辑道具</translation>
    </message>
    <message>
        <source>Remove Prop</source>
        <translation>删除道具</translation>
    </message>
    <message>
        <source>Add Location</source>
        <translation type="vanished">添加场地</translation>
    </message>
    <message>
        <source>Edit Location</source>
        <translation>编辑场地</translation>
    </message>
    <message>
        <source>Remove Location</source>
        <translation>删除场地</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="vanished">添加人员</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Add Shooting Day</source>
        <translation type="vanished">添加拍摄日</translation>
    </message>
    <message>
        <source>Edit Shooting Day</source>
        <translation>编辑拍摄日</translation>
    </message>
    <message>
        <source>Remove Shooting Day</source>
        <translation>删除拍摄日</translation>
    </message>
    <message>
        <source>Add Setup</source>
        <translation>添加机位</translation>
    </message>
    <message>
        <source>Edit Setup</source>
        <translation>编辑机位</translation>
    </message>
    <message>
        <source>Move Setup</source>
        <translation>移动机位</translation>
    </message>
    <message>
        <source>Remove Setup</source>
        <translation>删除机位</translation>
    </message>
    <message>
        <source>Add Waiver</source>
        <translation type="vanished">添加豁免</translation>
    </message>
    <message>
        <source>Edit Waiver</source>
        <translation>编辑豁免</translation>
    </message>
    <message>
        <source>Remove Waiver</source>
        <translation>取消豁免</translation>
    </message>
    <message>
        <source>Waive Finding</source>
        <translation type="vanished">豁免问题</translation>
    </message>
    <message>
        <source>Edit Project Settings</source>
        <translation>编辑项目设置</translation>
    </message>
    <message>
        <source>Re-import Script</source>
        <translation>重新导入剧本</translation>
    </message>
    <message>
        <source>Draw Stroke</source>
        <translation>画一笔</translation>
    </message>
    <message>
        <source>Draw Shape</source>
        <translation>画形状</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Fill Area</source>
        <translation>填充区域</translation>
    </message>
    <message>
        <source>Edit Panel Layers</source>
        <translation>编辑分镜图层</translation>
    </message>
    <message>
        <source>Place Reference Image</source>
        <translation>放置参考图</translation>
    </message>
    <message>
        <source>Add Shot {shots}</source>
        <translation>添加镜头 {shots}</translation>
    </message>
    <message>
        <source>Remove Shot {shots}</source>
        <translation>删除镜头 {shots}</translation>
    </message>
    <message>
        <source>Remove Shots {shots}</source>
        <translation>删除镜头 {shots}</translation>
    </message>
    <message>
        <source>Edit Shot {shots}</source>
        <translation>编辑镜头 {shots}</translation>
    </message>
    <message>
        <source>Edit Shots {shots}</source>
        <translation>编辑镜头 {shots}</translation>
    </message>
    <message>
        <source>Set {field} to {value} on {shots}</source>
        <translation>将 {shots} 的{field}设为 {value}</translation>
    </message>
    <message>
        <source>Set {field} to {value} on {n} Shots</source>
        <translation>将 {n} 个镜头的{field}设为 {value}</translation>
    </message>
    <message>
        <source>Edit {field} of {shots}</source>
        <translation>编辑 {shots} 的{field}</translation>
    </message>
    <message>
        <source>Edit {field} of {n} Shots</source>
        <translation>编辑 {n} 个镜头的{field}</translation>
    </message>
    <message>
        <source>Clear {field} of {shots}</source>
        <translation>清除 {shots} 的{field}</translation>
    </message>
    <message>
        <source>Clear {field} of {n} Shots</source>
        <translation>清除 {n} 个镜头的{field}</translation>
    </message>
    <message>
        <source>Duplicate Shot {shots} as {code}</source>
        <translation>复制镜头 {shots} 为 {code}</translation>
    </message>
    <message>
        <source>Move Shot {shots} to Scene {scene}</source>
        <translation>将镜头 {shots} 移到第 {scene} 场</translation>
    </message>
    <message>
        <source>Move Shots {shots} to Scene {scene}</source>
        <translation>将镜头 {shots} 移到第 {scene} 场</translation>
    </message>
    <message>
        <source>Move {n} Shots to Scene {scene}</source>
        <translation>将 {n} 个镜头移到第 {scene} 场</translation>
    </message>
    <message>
        <source>Reorder Shot {shots}</source>
        <translation>调整镜头 {shots} 的顺序</translation>
    </message>
    <message>
        <source>Reorder Shots {shots}</source>
        <translation>调整镜头 {shots} 的顺序</translation>
    </message>
    <message>
        <source>Renumber Episode {episode}</source>
        <translation>重新编号第 {episode} 集</translation>
    </message>
    <message>
        <source>Add Cut {source} → {target}</source>
        <translation>添加剪接 {source} → {target}</translation>
    </message>
    <message>
        <source>Add Plate Link {source} → {target}</source>
        <translation>添加背景板连接 {source} → {target}</translation>
    </message>
    <message>
        <source>Add Alternative Link {source} → {target}</source>
        <translation>添加备选连接 {source} → {target}</translation>
    </message>
    <message>
        <source>Remove Cut {source} → {target}</source>
        <translation>删除剪接 {source} → {target}</translation>
    </message>
    <message>
        <source>Remove Plate Link {source} → {target}</source>
        <translation>删除背景板连接 {source} → {target}</translation>
    </message>
    <message>
        <source>Remove Alternative Link {source} → {target}</source>
        <translation>删除备选连接 {source} → {target}</translation>
    </message>
    <message>
        <source>Schedule Shot {shots} on Day {day}</source>
        <translation>将镜头 {shots} 排入第 {day} 个拍摄日</translation>
    </message>
    <message>
        <source>Schedule Shots {shots} on Day {day}</source>
        <translation>将镜头 {shots} 排入第 {day} 个拍摄日</translation>
    </message>
    <message>
        <source>Schedule {n} Shots on Day {day}</source>
        <translation>将 {n} 个镜头排入第 {day} 个拍摄日</translation>
    </message>
    <message>
        <source>Unschedule Shot {shots}</source>
        <translation>将镜头 {shots} 移出拍摄日</translation>
    </message>
    <message>
        <source>Unschedule Shots {shots}</source>
        <translation>将镜头 {shots} 移出拍摄日</translation>
    </message>
    <message>
        <source>Add Setup to Day {day}</source>
        <translation>在第 {day} 个拍摄日添加机位</translation>
    </message>
    <message>
        <source>Edit Setup on Day {day}</source>
        <translation>编辑第 {day} 个拍摄日的机位</translation>
    </message>
    <message>
        <source>Move Setup to Day {day}</source>
        <translation>将机位移到第 {day} 个拍摄日</translation>
    </message>
    <message>
        <source>Remove Setup from Day {day}</source>
        <translation>删除第 {day} 个拍摄日的机位</translation>
    </message>
    <message>
        <source>Add Scene {scene}</source>
        <translation>添加第 {scene} 场</translation>
    </message>
    <message>
        <source>Edit Scene {scene}</source>
        <translation>编辑第 {scene} 场</translation>
    </message>
    <message>
        <source>Delete Scene {scene}</source>
        <translation>删除第 {scene} 场</translation>
    </message>
    <message>
        <source>Move Scene {scene} Up</source>
        <translation>上移第 {scene} 场</translation>
    </message>
    <message>
        <source>Move Scene {scene} Down</source>
        <translation>下移第 {scene} 场</translation>
    </message>
    <message>
        <source>Add Episode {episode}</source>
        <translation>添加第 {episode} 集</translation>
    </message>
    <message>
        <source>Edit Episode {episode}</source>
        <translation>编辑第 {episode} 集</translation>
    </message>
    <message>
        <source>Delete Episode {episode}</source>
        <translation>删除第 {episode} 集</translation>
    </message>
    <message>
        <source>Move Episode {episode} Up</source>
        <translation>上移第 {episode} 集</translation>
    </message>
    <message>
        <source>Move Episode {episode} Down</source>
        <translation>下移第 {episode} 集</translation>
    </message>
    <message>
        <source>Add Character {name}</source>
        <translation>添加角色 {name}</translation>
    </message>
    <message>
        <source>Edit Character {name}</source>
        <translation>编辑角色 {name}</translation>
    </message>
    <message>
        <source>Remove Character {name}</source>
        <translation>删除角色 {name}</translation>
    </message>
    <message>
        <source>Add Wardrobe Look {name}</source>
        <translation>添加服装造型 {name}</translation>
    </message>
    <message>
        <source>Edit Wardrobe Look {name}</source>
        <translation>编辑服装造型 {name}</translation>
    </message>
    <message>
        <source>Remove Wardrobe Look {name}</source>
        <translation>删除服装造型 {name}</translation>
    </message>
    <message>
        <source>Add Prop {name}</source>
        <translation>添加道具 {name}</translation>
    </message>
    <message>
        <source>Edit Prop {name}</source>
        <translation>编辑道具 {name}</translation>
    </message>
    <message>
        <source>Remove Prop {name}</source>
        <translation>删除道具 {name}</translation>
    </message>
    <message>
        <source>Add Location {name}</source>
        <translation>添加场地 {name}</translation>
    </message>
    <message>
        <source>Edit Location {name}</source>
        <translation>编辑场地 {name}</translation>
    </message>
    <message>
        <source>Remove Location {name}</source>
        <translation>删除场地 {name}</translation>
    </message>
    <message>
        <source>Add Person {name}</source>
        <translation>添加人员 {name}</translation>
    </message>
    <message>
        <source>Edit Person {name}</source>
        <translation>编辑人员 {name}</translation>
    </message>
    <message>
        <source>Remove Person {name}</source>
        <translation>删除人员 {name}</translation>
    </message>
    <message>
        <source>Add Shooting Day {date}</source>
        <translation>添加拍摄日 {date}</translation>
    </message>
    <message>
        <source>Edit Shooting Day {date}</source>
        <translation>编辑拍摄日 {date}</translation>
    </message>
    <message>
        <source>Remove Shooting Day {date}</source>
        <translation>删除拍摄日 {date}</translation>
    </message>
    <message>
        <source>Waive Finding on {shots}</source>
        <translation>豁免 {shots} 的问题</translation>
    </message>
    <message>
        <source>Edit Waiver on {shots}</source>
        <translation>编辑 {shots} 的豁免</translation>
    </message>
    <message>
        <source>Remove Waiver on {shots}</source>
        <translation>取消 {shots} 的豁免</translation>
    </message>
    <message>
        <source>Move Scene</source>
        <translation>移动场</translation>
    </message>
    <message>
        <source>Delete Scene</source>
        <translation>删除场</translation>
    </message>
    <message>
        <source>Move Episode</source>
        <translation>移动剧集</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>删除剧集</translation>
    </message>
    <message>
        <source>Cut Shot</source>
        <translation>剪切镜头</translation>
    </message>
    <message>
        <source>Cut {n} Shots</source>
        <translation>剪切 {n} 个镜头</translation>
    </message>
    <message>
        <source>Paste Shot</source>
        <translation>粘贴镜头</translation>
    </message>
    <message>
        <source>Paste {n} Shots</source>
        <translation>粘贴 {n} 个镜头</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>草图</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>画布位置</translation>
    </message>
    <message>
        <source>Extra fields</source>
        <translation>附加字段</translation>
    </message>
    <message>
        <source>AI takes</source>
        <translation>AI 生成结果</translation>
    </message>
    <message>
        <source>Chosen take</source>
        <translation>选用的生成结果</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Only what every selected shot has is listed.</source>
        <translation>只列出所有选中镜头共有的项。</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>删除{name}</translation>
    </message>
    <message>
        <source>Remove {name} from the shot</source>
        <translation>从镜头中删除{name}</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>New Episode</source>
        <translation>新建剧集</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
    <message>
        <source>Episode number</source>
        <translation>集号</translation>
    </message>
    <message>
        <source>Episode title</source>
        <translation>分集标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Episode &amp;number:</source>
        <translation>集号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>There is already an episode {number}.</source>
        <translation>已有第 {number} 集。</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>未更改：{reason}</translation>
    </message>
</context>
<context>
    <name>EpisodeSummary</name>
    <message>
        <source>Episode summary</source>
        <translation>本集概况</translation>
    </message>
    <message>
        <source>Errors {errors} · Warnings {warnings} · Info {info}</source>
        <translation>错误 {errors} · 警告 {warnings} · 提示 {info}</translation>
    </message>
    <message>
        <source>Live {live} ({live_s} s) · AI {ai} ({ai_s} s) · Hybrid {hybrid} ({hybrid_s} s)</source>
        <translation>实拍 {live}（{live_s} 秒）· AI {ai}（{ai_s} 秒）· 混合 {hybrid}（{hybrid_s} 秒）</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>{name} — {description}…</source>
        <translation type="vanished">{name} — {description}…</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>导出{name}</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>正在导出 {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export cancelled; {file} was not written.</source>
        <translation>导出已取消；未写入 {file}。</translation>
    </message>
    <message>
        <source>Exported {file}</source>
        <translation>已导出 {file}</translation>
    </message>
</context>
<context>
    <name>ExportTitles</name>
    <message>
        <source>Call Sheets (PDF)</source>
        <translation type="vanished">通告单（PDF）</translation>
    </message>
    <message>
        <source>Call Sheets</source>
        <translation>通告单</translation>
    </message>
    <message>
        <source>Shooting Boards (PDF)</source>
        <translation>拍摄日分镜 (PDF)</translation>
    </message>
    <message>
        <source>Storyboard (PDF)</source>
        <translation>分镜（PDF）</translation>
    </message>
    <message>
        <source>Continuity Report (PDF or CSV)</source>
        <translation>连贯性报告（PDF 或 CSV）</translation>
    </message>
    <message>
        <source>Shot List (CSV)</source>
        <translation>镜头表（CSV）</translation>
    </message>
    <message>
        <source>Shot List (Excel)</source>
        <translation>镜头表（Excel）</translation>
    </message>
    <message>
        <source>Timeline (OpenTimelineIO)</source>
        <translation>时间线（OpenTimelineIO）</translation>
    </message>
    <message>
        <source>Timeline (CMX 3600 EDL)</source>
        <translation>时间线（CMX 3600 EDL）</translation>
    </message>
    <message>
        <source>Timeline (Final Cut Pro 7 XML)</source>
        <translation>时间线（Final Cut Pro 7 XML）</translation>
    </message>
    <message>
        <source>Animatic (MP4)</source>
        <translation>动态分镜（MP4）</translation>
    </message>
    <message>
        <source>Timeline (Final Cut Pro XML)</source>
        <translation type="vanished">时间线（Final Cut Pro XML）</translation>
    </message>
    <message>
        <source>Shooting Days (Calendar)</source>
        <translation>拍摄日（日历）</translation>
    </message>
    <message>
        <source>AI Job List (JSON or CSV)</source>
        <translation>AI 任务清单（JSON 或 CSV）</translation>
    </message>
    <message>
        <source>AI Disclosure Manifest (JSON)</source>
        <translation>AI 标识清单（JSON）</translation>
    </message>
    <message>
        <source>Budget (CSV or JSON)</source>
        <translation>预算（CSV 或 JSON）</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>File menu</source>
        <translation>文件菜单</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import Shot List…</source>
        <translation>导入镜头表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;{number} {name} — {folder}</source>
        <translation>&amp;{number} {name} — {folder}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>清除最近的项目</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>找不到项目</translation>
    </message>
    <message>
        <source>{file} no longer exists. It was removed from the recent projects.</source>
        <translation>{file} 已不存在，已从最近的项目中移除。</translation>
    </message>
    <message>
        <source>ShotGraph cannot open this project</source>
        <translation>ShotGraph 无法打开此项目</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Autosave damaged</source>
        <translation>自动保存文件已损坏</translation>
    </message>
    <message>
        <source>{name}[*] — {title} — ShotGraph</source>
        <translation>{name}[*] — {title} — ShotGraph</translation>
    </message>
    <message>
        <source>{name}[*] — ShotGraph</source>
        <translation>{name}[*] — ShotGraph</translation>
    </message>
    <message>
        <source>Untitled.shotgraph</source>
        <translation>未命名.shotgraph</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Saved {file}; {count} media file(s) copied beside it</source>
        <translation>已保存 {file}；{count} 个媒体文件已复制到其旁边</translation>
    </message>
    <message>
        <source>Media not found</source>
        <translation>找不到媒体文件</translation>
    </message>
    <message>
        <source>{count} media file(s) the project names were not found under {folder}, so they were not copied. The first: {first}</source>
        <translation>项目引用的 {count} 个媒体文件在 {folder} 下找不到，因此未复制。第一个：{first}</translation>
    </message>
    <message>
        <source>Shot list not imported</source>
        <translation>镜头表未导入</translation>
    </message>
    <message>
        <source>Imported {count} shot(s) from {file}</source>
        <translation>已从 {file} 导入 {count} 个镜头</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>无法重新载入</translation>
    </message>
    <message>
        <source>Project file deleted</source>
        <translation>项目文件已被删除</translation>
    </message>
    <message>
        <source>{file} was deleted or moved by another program. Your project is still open: save it to write the file again.</source>
        <translation>{file} 已被其他程序删除或移动。项目仍处于打开状态：保存即可重新写入文件。</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>自动保存失败：{reason}</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>(waived)</source>
        <translation>（已豁免）</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>集</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Waiver note</source>
        <translation>豁免说明</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity filter</source>
        <translation>严重程度筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Rule family filter</source>
        <translation>规则类别筛选</translation>
    </message>
    <message>
        <source>Episode filter</source>
        <translation>剧集筛选</translation>
    </message>
    <message>
        <source>Filter by rule, shot or message</source>
        <translation>按规则、镜头或说明筛选</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>文字筛选</translation>
    </message>
    <message>
        <source>Show waived</source>
        <translation>显示已豁免</translation>
    </message>
    <message>
        <source>Show waived findings</source>
        <translation>显示已豁免的问题</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>Waive the selected finding</source>
        <translation>豁免所选问题</translation>
    </message>
    <message>
        <source>Unwaive</source>
        <translation>取消豁免</translation>
    </message>
    <message>
        <source>Take back the waiver of the selected finding</source>
        <translation>撤回所选问题的豁免</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>镜头图</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>连贯性</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>How to fix the selected finding</source>
        <translation>所选检查结果的修改建议</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>All episodes</source>
        <translation>全部剧集</translation>
    </message>
    <message>
        <source>Current episode</source>
        <translation>当前剧集</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>选择一条检查结果，查看修改建议。</translation>
    </message>
    <message>
        <source>{rule}: {hint}</source>
        <translation>{rule}：{hint}</translation>
    </message>
    <message>
        <source>{errors}, {warnings}, {info}</source>
        <translation>{errors}，{warnings}，{info}</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} info</source>
        <translation>{n} 条提示</translation>
    </message>
    <message>
        <source>{counts} · {n} waived</source>
        <translation>{counts} · {n} 个已豁免</translation>
    </message>
</context>
<context>
    <name>GenerationController</name>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Send to &amp;Generator…</source>
        <translation>发送到生成器(&amp;G)…</translation>
    </message>
    <message>
        <source>Send the selected AI shots, or the episode&apos;s, to the ComfyUI server</source>
        <translation>把所选 AI 镜头（未选时为本集的 AI 镜头）发送到 ComfyUI 服务器</translation>
    </message>
    <message>
        <source>Send to Generator</source>
        <translation>发送到生成器</translation>
    </message>
    <message>
        <source>Save the project first: the takes that come back are kept in its media folder.</source>
        <translation>请先保存项目：取回的生成结果保存在项目的媒体文件夹中。</translation>
    </message>
    <message>
        <source>This episode has no AI or hybrid shot to send. Mark a shot AI or hybrid in the inspector first.</source>
        <translation>本集没有可发送的 AI 或混合镜头。请先在属性面板中把镜头设为 AI 或混合。</translation>
    </message>
    <message>
        <source>the shot was deleted; the file is kept: {files}</source>
        <translation>镜头已删除；文件已保留：{files}</translation>
    </message>
    <message numerus="yes">
        <source>Picking up %n draw(s) sent before…</source>
        <translation>
            <numerusform>正在取回之前发送的 %n 次生成…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>Draws sent to the generator</source>
        <translation>已发送到生成器的生成任务</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Cancel Draw</source>
        <translation>取消生成(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>全部取消(&amp;A)</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>清除已结束(&amp;F)</translation>
    </message>
    <message>
        <source>node {node}: step %v of %m</source>
        <translation>节点 {node}：第 %v / %m 步</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>queued on the server</source>
        <translation>已在服务器排队</translation>
    </message>
    <message>
        <source>running node {node}</source>
        <translation>正在运行节点 {node}</translation>
    </message>
    <message>
        <source>brought back: {file}</source>
        <translation>已取回：{file}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>No draws yet: select AI shots and choose Send to Generator… (Ctrl+Alt+G).</source>
        <translation>尚无生成任务：选择 AI 镜头，然后选“发送到生成器…”（Ctrl+Alt+G）。</translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s) running</source>
        <translation>
            <numerusform>%n 次生成进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought back</source>
        <translation>
            <numerusform>已取回 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失败 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>Drag to another shot to add a cut</source>
        <translation>拖到另一个镜头上以添加剪接</translation>
    </message>
    <message>
        <source>Scene {code}  {heading}</source>
        <translation>第 {code} 场  {heading}</translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="vanished">实拍</translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="vanished">AI</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="vanished">混合</translation>
    </message>
    <message>
        <source>Shot graph</source>
        <translation>镜头图</translation>
    </message>
    <message>
        <source>Shots of the episode as cards joined by cuts, plates and alternatives</source>
        <translation>本集镜头以卡片呈现，由剪接、背景板和备选连接串起</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Fit Graph</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪接</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>背景板</translation>
    </message>
    <message>
        <source>Alternative take</source>
        <translation>备选镜头</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>ShotGraph User Guide</source>
        <translation>ShotGraph 使用指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>GuidesBar</name>
    <message>
        <source>Framing Guides</source>
        <translation>构图辅助线</translation>
    </message>
    <message>
        <source>Aspect Frames</source>
        <translation>画幅框</translation>
    </message>
    <message>
        <source>Aspect frames</source>
        <translation>画幅框</translation>
    </message>
    <message>
        <source>Safe Areas</source>
        <translation>安全框</translation>
    </message>
    <message>
        <source>Thirds</source>
        <translation>三分线</translation>
    </message>
    <message>
        <source>Shot-size figure</source>
        <translation>景别参考人形</translation>
    </message>
    <message>
        <source>A figure framed as this shot size frames a person</source>
        <translation>按此景别取景的参考人形</translation>
    </message>
    <message>
        <source>No Figure</source>
        <translation>无人形</translation>
    </message>
    <message>
        <source>{size} Figure</source>
        <translation>{size}人形</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>ShotGraph &amp;User Guide</source>
        <translation>ShotGraph 使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About ShotGraph</source>
        <translation>关于 ShotGraph(&amp;A)</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of ShotGraph. It is in the docs folder of ShotGraph&apos;s source.</source>
        <translation>此份 ShotGraph 没有安装使用指南。指南位于 ShotGraph 源代码的 docs 文件夹中。</translation>
    </message>
    <message>
        <source>About ShotGraph</source>
        <translation>关于 ShotGraph</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShotGraph {version}&lt;/h3&gt;&lt;p&gt;Shot planning and storyboards for short dramas made with real actors and AI.&lt;/p&gt;&lt;p&gt;Chinese text is shown in WenQuanYi Micro Hei (Apache License 2.0), bundled with ShotGraph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShotGraph {version}&lt;/h3&gt;&lt;p&gt;为真人与 AI 结合的短剧规划镜头、绘制分镜。&lt;/p&gt;&lt;p&gt;中文使用随 ShotGraph 附带的文泉驿微米黑字体（Apache License 2.0）显示。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Shot list not imported</source>
        <translation>镜头表未导入</translation>
    </message>
    <message>
        <source>Shot list problems</source>
        <translation>镜头表中的问题</translation>
    </message>
    <message>
        <source>{file} has {count} cell(s) ShotGraph cannot read. Nothing was imported yet.</source>
        <translation>{file} 中有 {count} 个单元格 ShotGraph 无法读取。尚未导入任何内容。</translation>
    </message>
    <message>
        <source>Fix the file and import it again, or import the rest: a bad cell is left empty and a row with a bad shot code is skipped.</source>
        <translation>请修正文件后重新导入，或导入其余内容：无法读取的单元格留空，镜头编号有误的行将被跳过。</translation>
    </message>
    <message>
        <source>Import the Rest</source>
        <translation>导入其余内容</translation>
    </message>
    <message>
        <source>Import the rest, leaving the bad cells empty</source>
        <translation>导入其余内容，无法读取的单元格留空</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems by row and column</source>
        <translation>按行列列出的问题</translation>
    </message>
    <message>
        <source>{problem} (the row is skipped)</source>
        <translation>{problem}（跳过此行）</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Shot inspector</source>
        <translation>镜头属性</translation>
    </message>
    <message>
        <source>Select a shot to edit it</source>
        <translation>选择一个镜头以编辑</translation>
    </message>
    <message>
        <source>Shot fields</source>
        <translation>镜头字段</translation>
    </message>
    <message>
        <source>{count} shots: {codes}</source>
        <translation>{count} 个镜头：{codes}</translation>
    </message>
    <message>
        <source>As each scene</source>
        <translation>各自沿用所在场</translation>
    </message>
    <message>
        <source>As the scene: {value}</source>
        <translation>沿用本场：{value}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Project: {value}</source>
        <translation>项目：{value}</translation>
    </message>
    <message>
        <source>No plate shot</source>
        <translation>无背景板镜头</translation>
    </message>
</context>
<context>
    <name>InspectorForm</name>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>拍摄方式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>画面描述</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>台词</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>景别</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>运镜</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>轴线侧</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>焦段</translation>
    </message>
    <message>
        <source>Lens in millimetres</source>
        <translation>焦段（毫米）</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Props</source>
        <translation>道具</translation>
    </message>
    <message>
        <source>Place and time</source>
        <translation>地点与时间</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>INT/EXT</source>
        <translation>内/外景</translation>
    </message>
    <message>
        <source>Interior or exterior</source>
        <translation>内景或外景</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Story day</source>
        <translation>剧情日</translation>
    </message>
    <message>
        <source>AI generation</source>
        <translation>AI 生成</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>AI 模型</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>AI style</source>
        <translation>AI 风格</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份参考</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Takes tried</source>
        <translation>已生成次数</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>背景板</translation>
    </message>
    <message>
        <source>Plate shot</source>
        <translation>背景板镜头</translation>
    </message>
    <message>
        <source>Plate file</source>
        <translation>背景板文件</translation>
    </message>
    <message>
        <source>plates/…</source>
        <translation>plates/…</translation>
    </message>
    <message>
        <source>Foreground light</source>
        <translation>前景光线</translation>
    </message>
    <message>
        <source>Foreground colour temperature</source>
        <translation>前景色温</translation>
    </message>
    <message>
        <source>kelvin</source>
        <translation>开尔文</translation>
    </message>
    <message>
        <source>Plate light</source>
        <translation>背景板光线</translation>
    </message>
    <message>
        <source>Plate colour temperature</source>
        <translation>背景板色温</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付规格</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>机位</translation>
    </message>
    <message>
        <source>Setup code</source>
        <translation>机位编号</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>画幅</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>画幅比例</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Layers (ticked layers are visible)</source>
        <translation>图层（勾选的图层可见）</translation>
    </message>
    <message>
        <source>Opacity of the active layer</source>
        <translation>当前图层的不透明度</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>What the graph&apos;s colours, lines and marks mean</source>
        <translation>图中颜色、线条和标记的含义</translation>
    </message>
</context>
<context>
    <name>LegendWindow</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Shot modes: colour and pattern</source>
        <translation>镜头类型：颜色与纹理</translation>
    </message>
    <message>
        <source>filmed with actors on set (solid)</source>
        <translation>演员在现场实拍（实色）</translation>
    </message>
    <message>
        <source>generated by AI (hatched)</source>
        <translation>由AI生成（斜线）</translation>
    </message>
    <message>
        <source>actors filmed and composited over a plate (half solid, half hatched)</source>
        <translation>演员实拍后合成到背景板上（半实色、半斜线）</translation>
    </message>
    <message>
        <source>Links between cards</source>
        <translation>卡片之间的连线</translation>
    </message>
    <message>
        <source>plays next, in the arrow&apos;s direction</source>
        <translation>按箭头方向接着播放</translation>
    </message>
    <message>
        <source>the background a hybrid shot is composited over</source>
        <translation>混合镜头合成所用的背景</translation>
    </message>
    <message>
        <source>may replace the shot it hangs from</source>
        <translation>可替换其所连接的镜头</translation>
    </message>
    <message>
        <source>Findings: shape and colour</source>
        <translation>检查结果：形状与颜色</translation>
    </message>
    <message>
        <source>fix it before the shoot or the delivery</source>
        <translation>拍摄或交付前必须修正</translation>
    </message>
    <message>
        <source>probably a mistake: check it</source>
        <translation>可能有误，请检查</translation>
    </message>
    <message>
        <source>a suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Badge: how many findings name the shot, with the worst one&apos;s shape and colour</source>
        <translation>角标：该镜头的检查结果数量，以最严重一项的形状和颜色显示</translation>
    </message>
    <message>
        <source>Zoomed out: the card keeps its code, mode and worst finding</source>
        <translation>缩小时：卡片只保留编号、类型和最严重的检查结果</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选中</translation>
    </message>
    <message>
        <source>Keyboard focus: the arrow keys move from this card</source>
        <translation>键盘焦点：方向键从这张卡片开始移动</translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <source>Mixed</source>
        <translation>多个值</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>{field}不能为空</translation>
    </message>
    <message>
        <source>{field} takes a whole number, not “{text}”</source>
        <translation>{field}须为整数，不能是“{text}”</translation>
    </message>
    <message>
        <source>{field} takes a number, not “{text}”</source>
        <translation>{field}须为数字，不能是“{text}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Graph</source>
        <translation>镜头图(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Storyboard</source>
        <translation>分镜(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>排期(&amp;C)</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>剧集</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Scene Diagram</source>
        <translation>场景平面图</translation>
    </message>
    <message>
        <source>AI Takes</source>
        <translation>AI 生成结果</translation>
    </message>
    <message>
        <source>ShotGraph</source>
        <translation>ShotGraph</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Help menu</source>
        <translation>帮助菜单</translation>
    </message>
    <message>
        <source>ShotGraph cannot open this project</source>
        <translation type="vanished">ShotGraph 无法打开此项目</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="vanished">未命名</translation>
    </message>
    <message>
        <source>{title}[*] — ShotGraph</source>
        <translation type="vanished">{title}[*] — ShotGraph</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="vanished">打开项目</translation>
    </message>
    <message>
        <source>ShotGraph projects (*.shotgraph)</source>
        <translation type="vanished">ShotGraph 项目 (*.shotgraph)</translation>
    </message>
    <message>
        <source>Cannot do that: {reason}</source>
        <translation>无法执行：{reason}</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Live</source>
        <translation>实拍</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
</context>
<context>
    <name>PanelCanvas</name>
    <message>
        <source>Panel drawing area</source>
        <translation>分镜画板</translation>
    </message>
</context>
<context>
    <name>PanelDelegate</name>
    <message>
        <source>“{dialogue}”</source>
        <translation>“{dialogue}”</translation>
    </message>
</context>
<context>
    <name>PanelEditor</name>
    <message>
        <source>Panel editor message</source>
        <translation>分镜画板提示</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>&amp;Panel</source>
        <translation>画板(&amp;P)</translation>
    </message>
    <message>
        <source>Open Reference Image…</source>
        <translation>打开参考图…</translation>
    </message>
    <message>
        <source>Paste Reference Image</source>
        <translation>粘贴参考图</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Panel {code} — ShotGraph</source>
        <translation>分镜 {code} — ShotGraph</translation>
    </message>
    <message>
        <source>Save the project first: drawings are stored as images in the project&apos;s folder. This panel is read-only until then.</source>
        <translation>请先保存项目：画稿以图片形式保存在项目文件夹中。保存之前此画板为只读。</translation>
    </message>
    <message>
        <source>The drawing could not be saved in {folder}: {reason}</source>
        <translation>画稿无法保存到 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Open Reference Image</source>
        <translation>打开参考图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>The dropped item</source>
        <translation>拖入的内容</translation>
    </message>
</context>
<context>
    <name>PanelEditors</name>
    <message>
        <source>Edit &amp;Panel…</source>
        <translation>编辑分镜画板(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PanelLayers</name>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PanelTools</name>
    <message>
        <source>Pen</source>
        <translation>钢笔</translation>
    </message>
    <message>
        <source>Pencil</source>
        <translation>铅笔</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>直线</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Next &amp;Panel</source>
        <translation>下一个面板(&amp;P)</translation>
    </message>
    <message>
        <source>Previous Pa&amp;nel</source>
        <translation>上一个面板(&amp;N)</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan Days</source>
        <translation>安排拍摄日</translation>
    </message>
    <message>
        <source>First shooting date</source>
        <translation>首个拍摄日期</translation>
    </message>
    <message>
        <source>New days start on this date, or the day after the last shooting day when that is later. Days already planned stay as they are.</source>
        <translation>新的拍摄日从此日期开始；如果最后一个拍摄日更晚，则从其次日开始。已安排的拍摄日保持不变。</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>安排(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First shooting date</source>
        <translation>首个拍摄日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>剧集(&amp;E)</translation>
    </message>
    <message>
        <source>Episodes to plan</source>
        <translation>要安排的剧集</translation>
    </message>
    <message>
        <source>Episode {number} · {title} — {count} shots to plan</source>
        <translation>第 {number} 集 · {title} — {count} 个镜头待安排</translation>
    </message>
    <message>
        <source>Episode {number} — {count} shots to plan</source>
        <translation>第 {number} 集 — {count} 个镜头待安排</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Tick at least one episode to plan.</source>
        <translation>请至少勾选一集进行安排。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Changes apply at once; the open project and its undo history stay.</source>
        <translation>更改立即生效；打开的项目及其撤销记录都会保留。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="vanished">偏好设置(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project editor sections</source>
        <translation>项目编辑器分区</translation>
    </message>
    <message>
        <source>Why the last change was refused</source>
        <translation>上次更改被拒绝的原因</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>未更改：{reason}</translation>
    </message>
</context>
<context>
    <name>ProjectTree</name>
    <message>
        <source>Episodes and scenes</source>
        <translation>剧集与场</translation>
    </message>
    <message>
        <source>Episodes menu</source>
        <translation>剧集列表菜单</translation>
    </message>
    <message>
        <source>Scene menu</source>
        <translation>场菜单</translation>
    </message>
    <message>
        <source>Episode menu</source>
        <translation>集菜单</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
    <message>
        <source>Scene {code}</source>
        <translation>第 {code} 场</translation>
    </message>
</context>
<context>
    <name>PropsEditor</name>
    <message>
        <source>Props in shot</source>
        <translation>镜头中的道具</translation>
    </message>
    <message>
        <source>Add prop…</source>
        <translation>添加道具…</translation>
    </message>
    <message>
        <source>State of {name}</source>
        <translation>{name}的状态</translation>
    </message>
    <message>
        <source>State (full, broken …)</source>
        <translation>状态（完好、破损…）</translation>
    </message>
</context>
<context>
    <name>RefCombo</name>
    <message>
        <source>Locked: {ref}</source>
        <translation>已锁定：{ref}</translation>
    </message>
    <message>
        <source>No reference</source>
        <translation>无参考图</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>多个值</translation>
    </message>
</context>
<context>
    <name>RefsEditor</name>
    <message>
        <source>Identity references</source>
        <translation>身份参考图</translation>
    </message>
    <message>
        <source>No character is in every selected shot.</source>
        <translation>没有角色同时出现在所有选中的镜头中。</translation>
    </message>
    <message>
        <source>Identity reference of {name}</source>
        <translation>{name}的身份参考图</translation>
    </message>
</context>
<context>
    <name>RenumberAction</name>
    <message>
        <source>&amp;Renumber Shots…</source>
        <translation>重新编号镜头(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>RenumberDialog</name>
    <message>
        <source>Renumber Episode {number}</source>
        <translation>重新编号第 {number} 集</translation>
    </message>
    <message>
        <source>Numbering scheme</source>
        <translation>编号方式</translation>
    </message>
    <message>
        <source>1, 2, 3 … through the episode</source>
        <translation>1、2、3 … 全集连续编号</translation>
    </message>
    <message>
        <source>1A, 1B … scene number and letter</source>
        <translation>1A、1B … 场号加字母</translation>
    </message>
    <message>
        <source>3-1, 3-2 … scene and shot</source>
        <translation>3-1、3-2 … 场号-镜号</translation>
    </message>
    <message>
        <source>Old and new shot codes</source>
        <translation>新旧镜头编号</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Renumber</source>
        <translation>重新编号</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>方式</translation>
    </message>
</context>
<context>
    <name>RuleTitle</name>
    <message>
        <source>Cut loop</source>
        <translation>剪接成环</translation>
    </message>
    <message>
        <source>Not one opening shot</source>
        <translation>起始镜头不唯一</translation>
    </message>
    <message>
        <source>Unreachable shots</source>
        <translation>无法到达的镜头</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>分支中断</translation>
    </message>
    <message>
        <source>Hybrid shot without plate</source>
        <translation>混合镜头缺背景板</translation>
    </message>
    <message>
        <source>Axis crossing</source>
        <translation>越轴</translation>
    </message>
    <message>
        <source>Screen direction reversed</source>
        <translation>运动方向相反</translation>
    </message>
    <message>
        <source>Jump cut</source>
        <translation>跳切</translation>
    </message>
    <message>
        <source>Eyelines do not meet</source>
        <translation>视线不匹配</translation>
    </message>
    <message>
        <source>Time of day changes</source>
        <translation>时间不一致</translation>
    </message>
    <message>
        <source>Location changes</source>
        <translation>地点不一致</translation>
    </message>
    <message>
        <source>Size jump</source>
        <translation>景别跳跃过大</translation>
    </message>
    <message>
        <source>Wardrobe changes</source>
        <translation>服装穿帮</translation>
    </message>
    <message>
        <source>Prop changes</source>
        <translation>道具穿帮</translation>
    </message>
    <message>
        <source>No establishing shot</source>
        <translation>缺少交代镜头</translation>
    </message>
    <message>
        <source>No identity reference</source>
        <translation>缺少身份参考</translation>
    </message>
    <message>
        <source>Identity reference changes</source>
        <translation>身份参考不一致</translation>
    </message>
    <message>
        <source>Generator changes</source>
        <translation>生成模型不一致</translation>
    </message>
    <message>
        <source>AI emotional close-up</source>
        <translation>AI情绪特写</translation>
    </message>
    <message>
        <source>AI lip sync</source>
        <translation>AI对口型</translation>
    </message>
    <message>
        <source>Plate colour temperature</source>
        <translation>背景板色温不符</translation>
    </message>
    <message>
        <source>Plate does not match</source>
        <translation>背景板不匹配</translation>
    </message>
    <message>
        <source>Wrong aspect ratio</source>
        <translation>画幅不符</translation>
    </message>
    <message>
        <source>AI disclosure missing</source>
        <translation>缺少AI内容标识</translation>
    </message>
    <message>
        <source>Likeness consent missing</source>
        <translation>缺少肖像授权</translation>
    </message>
    <message>
        <source>AI label below the standard</source>
        <translation>AI标识不符合标准</translation>
    </message>
    <message>
        <source>AIGC metadata missing or wrong</source>
        <translation>AIGC 隐式标识缺失或有误</translation>
    </message>
    <message>
        <source>AI model without provider</source>
        <translation>AI模型未登记服务提供者</translation>
    </message>
    <message>
        <source>Registration number missing</source>
        <translation>缺少备案号</translation>
    </message>
    <message>
        <source>Repeated framing</source>
        <translation>镜头重复</translation>
    </message>
    <message>
        <source>Monotonous coverage</source>
        <translation>机位单调</translation>
    </message>
    <message>
        <source>Formulaic shot pattern</source>
        <translation>套路化镜头组</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>Overlong shooting day</source>
        <translation>拍摄日超时</translation>
    </message>
    <message>
        <source>Short turnaround</source>
        <translation>休息时间不足</translation>
    </message>
    <message>
        <source>Wrong light for the hour</source>
        <translation>光线与时段不符</translation>
    </message>
    <message>
        <source>Character not cast</source>
        <translation>角色未定演员</translation>
    </message>
    <message>
        <source>AI spend over the estimate</source>
        <translation>AI 花费超出预估</translation>
    </message>
</context>
<context>
    <name>SceneDiagram</name>
    <message>
        <source>Scene diagram: axis of action, characters and cameras</source>
        <translation>场景平面图：轴线、角色与机位</translation>
    </message>
    <message>
        <source>Select a shot to see its scene from above.</source>
        <translation>选择一个镜头，从上方俯视它所在的场。</translation>
    </message>
    <message>
        <source>Scene {code}</source>
        <translation>第 {code} 场</translation>
    </message>
    <message>
        <source>axis of action</source>
        <translation>轴线</translation>
    </message>
    <message>
        <source>side A</source>
        <translation>A 侧</translation>
    </message>
    <message>
        <source>side B</source>
        <translation>B 侧</translation>
    </message>
    <message>
        <source>{code} (no side)</source>
        <translation>{code}（未定轴线侧）</translation>
    </message>
</context>
<context>
    <name>SceneDialog</name>
    <message>
        <source>New Scene in Episode {number}</source>
        <translation>在第 {number} 集新建场</translation>
    </message>
    <message>
        <source>Scene {code} of Episode {number}</source>
        <translation>第 {number} 集第 {code} 场</translation>
    </message>
    <message>
        <source>Scene code</source>
        <translation>场号</translation>
    </message>
    <message>
        <source>INT (interior)</source>
        <translation>内景（INT）</translation>
    </message>
    <message>
        <source>EXT (exterior)</source>
        <translation>外景（EXT）</translation>
    </message>
    <message>
        <source>INT/EXT</source>
        <translation>内/外景</translation>
    </message>
    <message>
        <source>Interior or exterior</source>
        <translation>内景或外景</translation>
    </message>
    <message>
        <source>Pick a location or type a new one</source>
        <translation>选择场地或输入新场地</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Dawn</source>
        <translation>黎明</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>黄昏</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Scene heading</source>
        <translation>场景标题</translation>
    </message>
    <message>
        <source>Story day</source>
        <translation>剧情日</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Extras (background performers)</source>
        <translation>群演人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Scene &amp;code:</source>
        <translation>场号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;INT/EXT:</source>
        <translation>内/外景(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>场地(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation>时段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>场景标题(&amp;H)：</translation>
    </message>
    <message>
        <source>Story &amp;day:</source>
        <translation>剧情日(&amp;D)：</translation>
    </message>
    <message>
        <source>Ca&amp;st:</source>
        <translation>出场角色(&amp;S)：</translation>
    </message>
    <message>
        <source>E&amp;xtras:</source>
        <translation>群演(&amp;X)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>未更改：{reason}</translation>
    </message>
    <message>
        <source>Give the scene a code, such as 3 or 3A.</source>
        <translation>请填写场号，如 3 或 3A。</translation>
    </message>
    <message>
        <source>Episode {number} already has a scene {code}.</source>
        <translation>第 {number} 集已有第 {code} 场。</translation>
    </message>
</context>
<context>
    <name>SceneHeadingsDialog</name>
    <message>
        <source>No Scene Headings in {file}</source>
        <translation>{file} 中没有可识别的场景标题</translation>
    </message>
    <message>
        <source>ShotGraph found no scene heading it knows in {file}, such as INT. OFFICE - DAY, 1-1 日 内 办公室 or 场景：办公室 日. Pick a line that is a scene heading: every line laid out like it will start a scene.</source>
        <translation>ShotGraph 在 {file} 中没有找到可识别的场景标题（如 INT. OFFICE - DAY、1-1 日 内 办公室 或 场景：办公室 日）。请选出一行场景标题：格式与它相同的每一行都会开始一场戏。</translation>
    </message>
    <message>
        <source>First lines not placed in a scene</source>
        <translation>未归入任何场的开头几行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>&amp;First lines ShotGraph could not place:</source>
        <translation>ShotGraph 无法归入场的开头几行(&amp;F)：</translation>
    </message>
    <message>
        <source>Use as Scene &amp;Heading</source>
        <translation>用作场景标题(&amp;H)</translation>
    </message>
    <message>
        <source>Use the selected line as an example scene heading</source>
        <translation>把选中的行用作场景标题示例</translation>
    </message>
    <message>
        <source>Select a line that is a scene heading, then choose Use as Scene Heading (or double-click it, or press Enter).</source>
        <translation>选中一行场景标题，然后点“用作场景标题”（或双击该行，或按回车）。</translation>
    </message>
    <message>
        <source>Scene headings with this layout</source>
        <translation>此格式的场景标题</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>集</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Scene headings with this layout:</source>
        <translation>此格式的场景标题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>{count} line(s) of {file} become scene headings: the lines laid out like “{layout}”.</source>
        <translation>{file} 中有 {count} 行成为场景标题：格式如“{layout}”的行。</translation>
    </message>
    <message>
        <source>These headings give no scene number, so the scenes are numbered in order.</source>
        <translation>这些标题没有场号，场次按顺序编号。</translation>
    </message>
    <message>
        <source>The first {count} are listed.</source>
        <translation>下面列出前 {count} 个。</translation>
    </message>
</context>
<context>
    <name>ScheduleBoard</name>
    <message>
        <source>&amp;Plan Days</source>
        <translation type="vanished">安排拍摄日(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Plan Days…</source>
        <translation type="vanished">安排拍摄日(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;lan Days…</source>
        <translation>安排拍摄日(&amp;L)…</translation>
    </message>
    <message>
        <source>Plan days</source>
        <translation>安排拍摄日</translation>
    </message>
    <message>
        <source>Put the unscheduled live and hybrid shots on new shooting days; what is already on a day stays where it is</source>
        <translation>把未排期的实拍和混合镜头排入新的拍摄日；已排好的镜头保持不动</translation>
    </message>
    <message>
        <source>Shooting days</source>
        <translation>拍摄日</translation>
    </message>
    <message>
        <source>Shot {code} (Sc {scene})  {light}  {mode}</source>
        <translation>镜头 {code}（{scene} 场）  {light}  {mode}</translation>
    </message>
    <message>
        <source>Nothing to plan: every live and hybrid shot is on a shooting day.</source>
        <translation type="vanished">无需安排：所有实拍和混合镜头都已排入拍摄日。</translation>
    </message>
    <message>
        <source>Planned {shots} shots on {days} new days.</source>
        <translation type="vanished">已将 {shots} 个镜头排入 {days} 个新拍摄日。</translation>
    </message>
</context>
<context>
    <name>ScheduleMenus</name>
    <message>
        <source>&amp;Edit Day…</source>
        <translation>编辑拍摄日(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark Call Sheet D&amp;raft</source>
        <translation>通告单改为草稿(&amp;R)</translation>
    </message>
    <message>
        <source>Mark Call Sheet &amp;Final</source>
        <translation>通告单定稿(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Day After</source>
        <translation>在后面添加拍摄日(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete Day</source>
        <translation>删除拍摄日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Plan Days…</source>
        <translation>安排拍摄日(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Add Day</source>
        <translation>添加拍摄日(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>移出拍摄日(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Move to Day</source>
        <translation>移到拍摄日(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Select in Graph</source>
        <translation>在镜头图中选中(&amp;S)</translation>
    </message>
    <message>
        <source>Day &amp;{number} · {date}</source>
        <translation>第 &amp;{number} 天 · {date}</translation>
    </message>
</context>
<context>
    <name>ScriptActions</name>
    <message>
        <source>Import Scri&amp;pt…</source>
        <translation>导入剧本(&amp;P)…</translation>
    </message>
    <message>
        <source>Re-import Re&amp;vised Script…</source>
        <translation>重新导入修订剧本(&amp;V)…</translation>
    </message>
    <message>
        <source>Imported {count} shot(s) from {file}</source>
        <translation>已从 {file} 导入 {count} 个镜头</translation>
    </message>
    <message>
        <source>Re-imported {file}: {updated} shot(s) updated, {added} added, {flagged} marked as no longer in the script; {scenes} scene(s), {episodes} episode(s) and {characters} character(s) added</source>
        <translation>已重新导入 {file}：更新 {updated} 个镜头，新增 {added} 个，{flagged} 个标记为已不在剧本中；新增 {scenes} 场、{episodes} 集、{characters} 个角色</translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Import Script — {name}</source>
        <translation>导入剧本 — {name}</translation>
    </message>
    <message>
        <source>{title}: {episodes} episodes, {scenes} scenes, {shots} shots, {characters} characters, {locations} locations</source>
        <translation>{title}：{episodes} 集，{scenes} 场，{shots} 个镜头，{characters} 个角色，{locations} 个场地</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>场</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Lines not read</source>
        <translation>未识别的行</translation>
    </message>
    <message>
        <source>Not read ({count})</source>
        <translation>未识别（{count}）</translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation>作为新项目打开</translation>
    </message>
    <message>
        <source>Open as new project</source>
        <translation>作为新项目打开</translation>
    </message>
    <message>
        <source>Episodes and scenes to import</source>
        <translation>要导入的剧集与场</translation>
    </message>
    <message>
        <source>Episode / scene</source>
        <translation>剧集 / 场</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>演员</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>群演</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>第 {number} 集</translation>
    </message>
    <message>
        <source>{name} — voice for post</source>
        <translation>{name} — 后期配音</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send to Generator</source>
        <translation>发送到生成器</translation>
    </message>
    <message>
        <source>Workflow template</source>
        <translation>工作流模板</translation>
    </message>
    <message>
        <source>&amp;Import Template…</source>
        <translation>导入模板(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Bindings…</source>
        <translation>绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>Draws per shot</source>
        <translation>每个镜头生成次数</translation>
    </message>
    <message>
        <source>Send shots with error findings too</source>
        <translation>有错误级问题的镜头也发送</translation>
    </message>
    <message>
        <source>Chain: the previous shot&apos;s chosen take is the first frame</source>
        <translation>接续：以上一镜头选定的结果作为首帧</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Draws per shot:</source>
        <translation>每个镜头生成次数(&amp;D)：</translation>
    </message>
    <message>
        <source>Preflight of the shots to send</source>
        <translation>待发送镜头的发送前检查</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>发送前检查</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可以发送</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) ready</source>
        <translation>
            <numerusform>%n 个镜头可发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draw(s) each</source>
        <translation>
            <numerusform>每个生成 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>estimated cost {cost} {currency}</source>
        <translation>预估费用 {cost} {currency}</translation>
    </message>
    <message>
        <source>Import a workflow template (a ComfyUI workflow saved with Export (API)) to send.</source>
        <translation>请先导入工作流模板（用 Export (API) 保存的 ComfyUI 工作流）才能发送。</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>没有提示词</translation>
    </message>
    <message>
        <source>no identity reference for {name}</source>
        <translation>{name} 没有身份参考</translation>
    </message>
    <message>
        <source>error finding: {message}</source>
        <translation>错误级问题：{message}</translation>
    </message>
    <message>
        <source>Import Workflow Template</source>
        <translation>导入工作流模板</translation>
    </message>
    <message>
        <source>ComfyUI API workflows (*.json)</source>
        <translation>ComfyUI API 工作流 (*.json)</translation>
    </message>
    <message>
        <source>Cannot import this workflow</source>
        <translation>无法导入此工作流</translation>
    </message>
    <message>
        <source>Cannot read this template</source>
        <translation>无法读取此模板</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>无法发送</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Graph</source>
        <translation>镜头图</translation>
    </message>
    <message>
        <source>Select the next / previous shot by cut</source>
        <translation>按剪切选择下一个 / 上一个镜头</translation>
    </message>
    <message>
        <source>Select the branch or alternative take above / below</source>
        <translation>选择上方 / 下方的分支或备选镜头</translation>
    </message>
    <message>
        <source>Make the selected shots live / AI / hybrid</source>
        <translation>把所选镜头设为实拍 / AI / 混合</translation>
    </message>
    <message>
        <source>Remove the selected shots and their links</source>
        <translation type="vanished">删除所选镜头及其连线</translation>
    </message>
    <message>
        <source>Duplicate the selected shots</source>
        <translation type="vanished">复制所选镜头</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Open the context menu of the focused card, panel, tree item, day or strip</source>
        <translation>打开焦点所在的卡片、分镜格、剧集树条目、拍摄日或场景条的右键菜单</translation>
    </message>
    <message>
        <source>Hold and drag to pan</source>
        <translation>按住并拖动以平移</translation>
    </message>
    <message>
        <source>Drop the link being dragged</source>
        <translation>放弃正在拖动的连线</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>分镜</translation>
    </message>
    <message>
        <source>Open the panel in the panel editor</source>
        <translation>在分镜画板中打开该分镜格</translation>
    </message>
    <message>
        <source>Move the selected panels one place earlier / later</source>
        <translation>把所选分镜格前移 / 后移一位</translation>
    </message>
    <message>
        <source>Go to the first / last panel</source>
        <translation>转到第一个 / 最后一个分镜格</translation>
    </message>
    <message>
        <source>Panel editor</source>
        <translation>分镜画板</translation>
    </message>
    <message>
        <source>Pen / pencil / brush / eraser</source>
        <translation>钢笔 / 铅笔 / 画笔 / 橡皮</translation>
    </message>
    <message>
        <source>Line / rectangle / ellipse / fill</source>
        <translation>直线 / 矩形 / 椭圆 / 填充</translation>
    </message>
    <message>
        <source>Thinner / wider stroke</source>
        <translation>笔画变细 / 变粗</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Edit the focused shooting day</source>
        <translation>编辑焦点所在的拍摄日</translation>
    </message>
    <message>
        <source>Move between strips</source>
        <translation>在场景条之间移动</translation>
    </message>
    <message>
        <source>Date fields</source>
        <translation>日期字段</translation>
    </message>
    <message>
        <source>Open the calendar at the field&apos;s date</source>
        <translation>打开日历，定位到该字段的日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Apply the text being typed in a text box</source>
        <translation>应用文本框中正在输入的文字</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Go to the shots of the finding</source>
        <translation>转到该问题涉及的镜头</translation>
    </message>
    <message>
        <source>Compare Takes</source>
        <translation>比较生成结果</translation>
    </message>
    <message>
        <source>Move between takes</source>
        <translation>在各条之间移动</translation>
    </message>
    <message>
        <source>Choose the focused take</source>
        <translation>选用当前条</translation>
    </message>
    <message>
        <source>Remove the focused take</source>
        <translation>删除当前条</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>ShotCommands</name>
    <message>
        <source>Set Mode</source>
        <translation>设置拍摄方式</translation>
    </message>
    <message>
        <source>Add Plate From</source>
        <translation>添加背景板来源</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>添加镜头</translation>
    </message>
    <message>
        <source>Add a shot after the current shot, or at the end of the chosen scene</source>
        <translation>在当前镜头之后添加镜头，或添加到所选场的末尾</translation>
    </message>
    <message>
        <source>Add Shot Before</source>
        <translation>在前面添加镜头</translation>
    </message>
    <message>
        <source>Add a shot before the current shot</source>
        <translation>在当前镜头之前添加镜头</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected shots right after themselves</source>
        <translation>在所选镜头之后紧接着复制一份</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the selected shots and their links</source>
        <translation>删除所选镜头及其连线</translation>
    </message>
    <message>
        <source>Use another shot of the episode as this shot&apos;s background plate</source>
        <translation>用本集的另一个镜头作此镜头的背景板</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Add Shot to Scene {code}</source>
        <translation>添加镜头到第 {code} 场</translation>
    </message>
    <message>
        <source>Add Shot After</source>
        <translation>在后面添加镜头</translation>
    </message>
    <message>
        <source>No other shot can supply a plate</source>
        <translation>没有其他镜头可作背景板</translation>
    </message>
</context>
<context>
    <name>SketchOverlays</name>
    <message>
        <source>Action safe</source>
        <translation>动作安全框</translation>
    </message>
    <message>
        <source>Title safe</source>
        <translation>字幕安全框</translation>
    </message>
</context>
<context>
    <name>StoryboardGrid</name>
    <message>
        <source>{seconds} s</source>
        <translation type="vanished">{seconds} 秒</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>分镜</translation>
    </message>
    <message>
        <source>Shots in cut order. Press Enter or double-click a panel to draw it; drag panels or press Ctrl+Shift+Left or Right to reorder; drop an image on a panel to make it the frame.</source>
        <translation>按剪辑顺序排列的镜头。按回车键或双击分镜格即可绘制；拖动分镜格或按 Ctrl+Shift+左/右方向键调整顺序；把图片拖到分镜格上即可设为画面。</translation>
    </message>
    <message>
        <source>Panel menu</source>
        <translation>分镜格菜单</translation>
    </message>
    <message>
        <source>Storyboard menu</source>
        <translation>分镜菜单</translation>
    </message>
</context>
<context>
    <name>StructureCommands</name>
    <message>
        <source>Add Episode…</source>
        <translation type="vanished">添加剧集…</translation>
    </message>
    <message>
        <source>Edit Episode…</source>
        <translation type="vanished">编辑剧集…</translation>
    </message>
    <message>
        <source>&amp;Add Episode…</source>
        <translation>添加剧集(&amp;A)…</translation>
    </message>
    <message>
        <source>Edi&amp;t Episode…</source>
        <translation>编辑剧集(&amp;T)…</translation>
    </message>
    <message>
        <source>Move Episode Up</source>
        <translation>上移剧集</translation>
    </message>
    <message>
        <source>Move Episode Down</source>
        <translation>下移剧集</translation>
    </message>
    <message>
        <source>Delete Episode</source>
        <translation>删除剧集</translation>
    </message>
    <message>
        <source>Add Sce&amp;ne…</source>
        <translation>添加场(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it Scene…</source>
        <translation>编辑场(&amp;I)…</translation>
    </message>
    <message>
        <source>Add Scene…</source>
        <translation type="vanished">添加场…</translation>
    </message>
    <message>
        <source>Edit Scene…</source>
        <translation type="vanished">编辑场…</translation>
    </message>
    <message>
        <source>Move Scene Up</source>
        <translation>上移场</translation>
    </message>
    <message>
        <source>Move Scene Down</source>
        <translation>下移场</translation>
    </message>
    <message>
        <source>Delete Scene</source>
        <translation>删除场</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <source>AI takes of the shot</source>
        <translation>该镜头的 AI 生成结果</translation>
    </message>
    <message>
        <source>Add Take Image…</source>
        <translation>添加生成图片…</translation>
    </message>
    <message>
        <source>Mark Chosen</source>
        <translation>标为选用</translation>
    </message>
    <message>
        <source>Remove Take</source>
        <translation>删除此条</translation>
    </message>
    <message>
        <source>Select an AI or hybrid shot to compare its takes.</source>
        <translation>选择一个 AI 或混合镜头以对比其生成结果。</translation>
    </message>
    <message>
        <source>{code}: {count} takes kept, {tried} tried</source>
        <translation type="vanished">{code}：保留 {count} 条，共生成 {tried} 次</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="vanished">选用</translation>
    </message>
    <message>
        <source>take</source>
        <translation type="vanished">备选</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation type="vanished">种子 {seed}</translation>
    </message>
    <message>
        <source>video: {name}</source>
        <translation>视频：{name}</translation>
    </message>
    <message>
        <source>Cannot add this take</source>
        <translation>无法添加此条</translation>
    </message>
    <message>
        <source>Add Take Image</source>
        <translation>添加生成图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation type="vanished">图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>Mixed</source>
        <translation>多个值</translation>
    </message>
</context>
<context>
    <name>ToolsBar</name>
    <message>
        <source>Drawing Tools</source>
        <translation>绘图工具</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Stroke width</source>
        <translation>笔画粗细</translation>
    </message>
    <message>
        <source>Stroke width ([ thinner, ] wider)</source>
        <translation>笔画粗细（[ 变细，] 变粗）</translation>
    </message>
    <message>
        <source>Thinner</source>
        <translation>变细</translation>
    </message>
    <message>
        <source>Wider</source>
        <translation>变粗</translation>
    </message>
    <message>
        <source>{tool} ({key})</source>
        <translation>{tool}（{key}）</translation>
    </message>
    <message>
        <source>Stroke Colour</source>
        <translation>笔画颜色</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <source>Waive Finding</source>
        <translation>豁免问题</translation>
    </message>
    <message>
        <source>{rule} on {shots}: {message}</source>
        <translation>{rule}（{shots}）：{message}</translation>
    </message>
    <message>
        <source>Waiver note</source>
        <translation>豁免说明</translation>
    </message>
    <message>
        <source>Why the finding is accepted</source>
        <translation>为何接受此问题</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>豁免</translation>
    </message>
    <message>
        <source>Waive the finding</source>
        <translation>豁免此问题</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to ShotGraph</source>
        <translation>欢迎使用 ShotGraph</translation>
    </message>
    <message>
        <source>ShotGraph icon</source>
        <translation>ShotGraph 图标</translation>
    </message>
    <message>
        <source>Plan the shots of your vertical micro-drama as a graph — live, AI or hybrid — from the script to the storyboard, the schedule and the call sheet.</source>
        <translation>把竖屏短剧的每个镜头——实拍、AI 或混合——规划成一张镜头图，从剧本一路到分镜、排期和通告单。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>&amp;Explore the demo project</source>
        <translation>浏览示例项目(&amp;E)</translation>
    </message>
    <message>
        <source>Explore the demo project</source>
        <translation>浏览示例项目</translation>
    </message>
    <message>
        <source>A two-episode micro-drama with storyboard frames, to try everything safely.</source>
        <translation>一部两集、带分镜画面的短剧，可以放心试用所有功能。</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>An empty project with one episode and one scene.</source>
        <translation>一个空项目，含一集一场。</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>A ShotGraph project (.shotgraph) on your computer.</source>
        <translation>电脑上的 ShotGraph 项目（.shotgraph）。</translation>
    </message>
    <message>
        <source>Import a &amp;shot list…</source>
        <translation>导入镜头表(&amp;S)…</translation>
    </message>
    <message>
        <source>Import a shot list</source>
        <translation>导入镜头表</translation>
    </message>
    <message>
        <source>A CSV, TSV, TXT or Excel shot list becomes a new project.</source>
        <translation>把 CSV、TSV、TXT 或 Excel 镜头表变成新项目。</translation>
    </message>
    <message>
        <source>Import a s&amp;cript…</source>
        <translation>导入剧本(&amp;C)…</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>导入剧本</translation>
    </message>
    <message>
        <source>A Fountain, Word or Chinese script becomes a first shot graph.</source>
        <translation>把 Fountain、Word 或中文剧本变成第一版镜头图。</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a project.</source>
        <translation>双击或按 Enter 打开项目。</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>No recent projects yet. The projects you open or save appear here.</source>
        <translation>还没有最近的项目。你打开或保存的项目会显示在这里。</translation>
    </message>
    <message>
        <source>Show at s&amp;tartup</source>
        <translation>启动时显示(&amp;T)</translation>
    </message>
    <message>
        <source>Show the welcome at startup</source>
        <translation>启动时显示欢迎页</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>关闭欢迎页</translation>
    </message>
    <message>
        <source>{name} in {folder}</source>
        <translation>{folder} 中的 {name}</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WrittenFilesBox</name>
    <message>
        <source>Call Sheets Exported</source>
        <translation>通告单已导出</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) in {folder}</source>
        <translation>
            <numerusform>已在 {folder} 中写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
</context>
<context>
    <name>self.self</name>
    <message>
        <source>Cannot copy: {reason}</source>
        <translation type="vanished">无法复制：{reason}</translation>
    </message>
    <message>
        <source>Cannot paste: the episode has no scene yet. Add a scene first.</source>
        <translation type="vanished">无法粘贴：本集还没有场。请先添加一场。</translation>
    </message>
    <message>
        <source>Cannot paste: the clipboard holds no ShotGraph shots.</source>
        <translation type="vanished">无法粘贴：剪贴板中没有 ShotGraph 镜头。</translation>
    </message>
    <message>
        <source>Cannot paste: {reason}</source>
        <translation type="vanished">无法粘贴：{reason}</translation>
    </message>
    <message>
        <source>Line {line} cannot be an example scene heading: {problem}</source>
        <translation>第 {line} 行不能作为场景标题示例：{problem}</translation>
    </message>
    <message>
        <source>With scene headings laid out like line {line}, ShotGraph cannot read {file}: {problem}</source>
        <translation>按第 {line} 行的格式识别场景标题时，ShotGraph 无法读取 {file}：{problem}</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>请先选中一行。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Drawing Tools</source>
        <translation type="vanished">绘图工具</translation>
    </message>
    <message>
        <source>Framing Guides</source>
        <translation type="vanished">构图辅助线</translation>
    </message>
</context>
</TS>
