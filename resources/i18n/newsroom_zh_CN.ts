<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="129" />
      <source>账号管理</source>
      <translation>账号管理</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="142" />
      <source>添加账号</source>
      <translation>添加账号</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="144" />
      <source>改为所选角色</source>
      <translation>改为所选角色</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="146" />
      <source>重设密码…</source>
      <translation>重设密码…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="148" />
      <source>停用/启用</source>
      <translation>停用/启用</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="151" />
      <source>用户名</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="152" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="153" />
      <source>初始密码</source>
      <translation>初始密码</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="154" />
      <source>角色</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="174" />
      <source>无法保存</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="198" />
      <source>重设密码</source>
      <translation>重设密码</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="198" />
      <source>新密码：</source>
      <translation>新密码：</translation>
    </message>
  </context>
  <context>
    <name>AccountsModel</name>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="91" />
      <source>用户名</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="91" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="91" />
      <source>角色</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="91" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="119" />
      <source>在用</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="119" />
      <source>已停用</source>
      <translation>已停用</translation>
    </message>
  </context>
  <context>
    <name>ArticleEditor</name>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="66" />
      <source>已签发：保存修改会退回终审，须由总编重新签发，并记入流程。</source>
      <translation>已签发：保存修改会退回终审，须由总编重新签发，并记入流程。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="84" />
      <source>引题（可空）</source>
      <translation>引题（可空）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="85" />
      <location filename="../../newsroom/ui/editor.py" line="102" />
      <source>主题</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="86" />
      <source>副题（可空）</source>
      <translation>副题（可空）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="93" />
      <source>正文：每段一行</source>
      <translation>正文：每段一行</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="96" />
      <source>保存</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="97" />
      <source>保存 (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="101" />
      <source>引题</source>
      <translation>引题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="103" />
      <source>副题</source>
      <translation>副题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="104" />
      <source>署名</source>
      <translation>署名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="155" />
      <source>无法打开稿件</source>
      <translation>无法打开稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="174" />
      <source>只读：%1</source>
      <translation>只读：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="189" />
      <source>%1 退回了这篇稿件</source>
      <translation>%1 退回了这篇稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="189" />
      <source>编辑</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="191" />
      <source>：%1</source>
      <translation>：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="200" />
      <source>排版岗位看稿、排版，不改稿</source>
      <translation>排版岗位看稿、排版，不改稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="202" />
      <source>管理员不改稿</source>
      <translation>管理员不改稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="204" />
      <source>已提交，等待初审</source>
      <translation>已提交，等待初审</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="205" />
      <source>初审已通过，等待复审</source>
      <translation>初审已通过，等待复审</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="206" />
      <source>复审已通过，等待终审</source>
      <translation>复审已通过，等待终审</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="207" />
      <source>终审已通过，等待签发</source>
      <translation>终审已通过，等待签发</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="208" />
      <source>已签发，等待排版</source>
      <translation>已签发，等待排版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="209" />
      <source>已排版，不再改稿</source>
      <translation>已排版，不再改稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="210" />
      <source>已撤稿</source>
      <translation>已撤稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="214" />
      <source>稿件处于“%1”状态</source>
      <translation>稿件处于“%1”状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="224" />
      <source>✎ %1 正在编辑这篇稿件，同时保存会出现冲突</source>
      <translation>✎ %1 正在编辑这篇稿件，同时保存会出现冲突</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="283" />
      <source>字数：%1</source>
      <translation>字数：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="291" />
      <location filename="../../newsroom/ui/editor.py" line="300" />
      <location filename="../../newsroom/ui/editor.py" line="349" />
      <source>无法保存</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="291" />
      <source>主题和正文不能都为空。</source>
      <translation>主题和正文不能都为空。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="337" />
      <source>冲突时未采用的版本</source>
      <translation>冲突时未采用的版本</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="339" />
      <source>冲突时我的版本（手动合并前）</source>
      <translation>冲突时我的版本（手动合并前）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="375" />
      <source>未能保存的版本</source>
      <translation>未能保存的版本</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="420" />
      <source>审稿前请在“文件 → 首选项”中填写当前用户</source>
      <translation>审稿前请在“文件 → 首选项”中填写当前用户</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="446" />
      <source>无法执行</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/editor.py" line="527" />
      <source>这篇稿件已不在编辑部（已删除或不再对您可见）</source>
      <translation>这篇稿件已不在编辑部（已删除或不再对您可见）</translation>
    </message>
  </context>
  <context>
    <name>ArticleTableModel</name>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="124" />
      <source>版次/序号</source>
      <translation>版次/序号</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="132" />
      <source>引题/主题</source>
      <translation>引题/主题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="140" />
      <source>署名</source>
      <translation>署名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="147" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="155" />
      <source>字数</source>
      <translation>字数</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="163" />
      <source>校对</source>
      <translation>校对</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="171" />
      <source>标签</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="178" />
      <source>修改时间</source>
      <translation>修改时间</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="95" />
      <source>%1 正在编辑</source>
      <translation>%1 正在编辑</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="75" />
      <location filename="../../newsroom/ui/article_columns.py" line="128" />
      <source>未上版</source>
      <translation>未上版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/article_columns.py" line="86" />
      <source>[图片] </source>
      <translation>[图片] </translation>
    </message>
  </context>
  <context>
    <name>BylineRow</name>
    <message>
      <location filename="../../newsroom/ui/bylines_editor.py" line="36" />
      <source>身份</source>
      <translation>身份</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/bylines_editor.py" line="38" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/bylines_editor.py" line="42" />
      <source>上移</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/bylines_editor.py" line="43" />
      <source>下移</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/bylines_editor.py" line="44" />
      <source>删除此署名</source>
      <translation>删除此署名</translation>
    </message>
  </context>
  <context>
    <name>BylinesEditor</name>
    <message>
      <location filename="../../newsroom/ui/bylines_editor.py" line="78" />
      <source>添加署名</source>
      <translation>添加署名</translation>
    </message>
  </context>
  <context>
    <name>ChangedBar</name>
    <message>
      <location filename="../../newsroom/ui/changed_bar.py" line="21" />
      <source>重新载入</source>
      <translation>重新载入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/changed_bar.py" line="22" />
      <source>显示对方保存的版本；您未保存的修改存入修订历史</source>
      <translation>显示对方保存的版本；您未保存的修改存入修订历史</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/changed_bar.py" line="23" />
      <source>对比</source>
      <translation>对比</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/changed_bar.py" line="24" />
      <source>并排对比两个版本，再决定保留哪个</source>
      <translation>并排对比两个版本，再决定保留哪个</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/changed_bar.py" line="35" />
      <source>他人</source>
      <translation>他人</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/changed_bar.py" line="37" />
      <source>%1 已修改这篇稿件，与您未保存的修改有冲突。</source>
      <translation>%1 已修改这篇稿件，与您未保存的修改有冲突。</translation>
    </message>
  </context>
  <context>
    <name>Chip</name>
    <message>
      <location filename="../../newsroom/ui/tag_support.py" line="118" />
      <source>去掉标签“%1”</source>
      <translation>去掉标签“%1”</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="49" />
      <source>保存冲突</source>
      <translation>保存冲突</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="59" />
      <source>您编辑期间，%1 保存了这篇稿件。请选择保留哪个版本；未保留的版本会存入修订历史，不会丢失。</source>
      <translation>您编辑期间，%1 保存了这篇稿件。请选择保留哪个版本；未保留的版本会存入修订历史，不会丢失。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="61" />
      <location filename="../../newsroom/ui/conflict_dialog.py" line="69" />
      <source>他人</source>
      <translation>他人</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="67" />
      <source>您选择期间，%1 又保存了一个新版本。下面是最新的版本，请再选择一次；未保留的版本会存入修订历史，不会丢失。</source>
      <translation>您选择期间，%1 又保存了一个新版本。下面是最新的版本，请再选择一次；未保留的版本会存入修订历史，不会丢失。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="74" />
      <source>对方已保存的版本</source>
      <translation>对方已保存的版本</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="75" />
      <source>我的版本</source>
      <translation>我的版本</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="82" />
      <source>保留我的</source>
      <translation>保留我的</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="83" />
      <source>保留对方的</source>
      <translation>保留对方的</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/conflict_dialog.py" line="84" />
      <source>手动合并</source>
      <translation>手动合并</translation>
    </message>
  </context>
  <context>
    <name>DatabaseActions</name>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="35" />
      <source>最近的数据库</source>
      <translation>最近的数据库</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="42" />
      <source>打开或新建数据库</source>
      <translation>打开或新建数据库</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="44" />
      <source>编辑部数据库 (*.db);;所有文件 (*)</source>
      <translation>编辑部数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="59" />
      <source>无法打开数据库</source>
      <translation>无法打开数据库</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="102" />
      <source>找不到数据库</source>
      <translation>找不到数据库</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="103" />
      <source>数据库文件 %1 已不存在，已从最近的数据库中移除。</source>
      <translation>数据库文件 %1 已不存在，已从最近的数据库中移除。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="121" />
      <location filename="../../newsroom/ui/database_actions.py" line="136" />
      <source>连接服务器</source>
      <translation>连接服务器</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="122" />
      <source>%1 的密码（留空则用 .pgpass）：</source>
      <translation>%1 的密码（留空则用 .pgpass）：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="137" />
      <source>数据库地址，如 postgresql+psycopg://用户@主机/编辑部（密码稍后询问）：</source>
      <translation>数据库地址，如 postgresql+psycopg://用户@主机/编辑部（密码稍后询问）：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="156" />
      <source>账号管理</source>
      <translation>账号管理</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="156" />
      <source>只有管理员可以管理账号。</source>
      <translation>只有管理员可以管理账号。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/database_actions.py" line="176" />
      <source>界面语言将在重新启动后生效</source>
      <translation>界面语言将在重新启动后生效</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="20" />
      <source>查找标题和正文…</source>
      <translation>查找标题和正文…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="23" />
      <source>全部状态</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="27" />
      <source>署名</source>
      <translation>署名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="31" />
      <source>全部版</source>
      <translation>全部版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="32" />
      <source>第</source>
      <translation>第</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="33" />
      <source>版</source>
      <translation>版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/filter_bar.py" line="35" />
      <source>标签</source>
      <translation>标签</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="47" />
      <source>查找</source>
      <translation>查找</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="50" />
      <source>替换为</source>
      <translation>替换为</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="53" />
      <source>区分大小写</source>
      <translation>区分大小写</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="54" />
      <source>全词</source>
      <translation>全词</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="55" />
      <source>中文按分词：“河西”不匹配“河西区”</source>
      <translation>中文按分词：“河西”不匹配“河西区”</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="56" />
      <source>正则</source>
      <translation>正则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="57" />
      <source>全半角</source>
      <translation>全半角</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="58" />
      <source>全角与半角视为相同：“，”也找到“,”</source>
      <translation>全角与半角视为相同：“，”也找到“,”</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="60" />
      <source>上一个</source>
      <translation>上一个</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="61" />
      <source>下一个</source>
      <translation>下一个</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="62" />
      <source>替换</source>
      <translation>替换</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="63" />
      <source>全部替换</source>
      <translation>全部替换</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="66" />
      <source>关闭 (Esc)</source>
      <translation>关闭 (Esc)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="164" />
      <source>载入分词…</source>
      <translation>载入分词…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="211" />
      <location filename="../../newsroom/ui/find_bar.py" line="296" />
      <source>有误</source>
      <translation>有误</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="215" />
      <source>无结果</source>
      <translation>无结果</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="332" />
      <source>已替换 %1 处</source>
      <translation>已替换 %1 处</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="103" />
      <source>查找(&amp;F)…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/find_bar.py" line="106" />
      <source>替换(&amp;H)…</source>
      <translation>替换(&amp;H)…</translation>
    </message>
  </context>
  <context>
    <name>HistoryPane</name>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="64" />
      <source>修改前</source>
      <translation>修改前</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="65" />
      <source>修改后</source>
      <translation>修改后</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="67" />
      <source>流程记录：提交、审稿、退回、签发……</source>
      <translation>流程记录：提交、审稿、退回、签发……</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="68" />
      <source>恢复到此版本</source>
      <translation>恢复到此版本</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="99" />
      <source>（未署名）</source>
      <translation>（未署名）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="125" />
      <source>尚无流程记录</source>
      <translation>尚无流程记录</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/history_pane.py" line="151" />
      <source>无法恢复</source>
      <translation>无法恢复</translation>
    </message>
  </context>
  <context>
    <name>ImportFlow</name>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="48" />
      <source>导入稿件</source>
      <translation>导入稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="48" />
      <source>稿件 (*.txt *.docx);;所有文件 (*)</source>
      <translation>稿件 (*.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="58" />
      <source>正在导入稿件…</source>
      <translation>正在导入稿件…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="58" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="60" />
      <source>导入</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="90" />
      <source>导入 %1 篇稿件</source>
      <translation>导入 %1 篇稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="92" />
      <source>（%1 个文件此前已导入）</source>
      <translation>（%1 个文件此前已导入）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="104" />
      <source>已取消导入，未保存任何稿件</source>
      <translation>已取消导入，未保存任何稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/import_flow.py" line="113" />
      <source>无法导入</source>
      <translation>无法导入</translation>
    </message>
  </context>
  <context>
    <name>InboxModel</name>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="64" />
      <source>收到</source>
      <translation>收到</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="65" />
      <source>发件人</source>
      <translation>发件人</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="66" />
      <source>主题</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="67" />
      <source>附件</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="68" />
      <source>稿件</source>
      <translation>稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="69" />
      <source>通讯员</source>
      <translation>通讯员</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="70" />
      <source>回复</source>
      <translation>回复</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="122" />
      <source>未能导入</source>
      <translation>未能导入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="125" />
      <source>待指派</source>
      <translation>待指派</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="127" />
      <source>已收到</source>
      <translation>已收到</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="127" />
      <source>退回修改</source>
      <translation>退回修改</translation>
    </message>
  </context>
  <context>
    <name>InboxPage</name>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="139" />
      <source>投稿收件箱</source>
      <translation>投稿收件箱</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="143" />
      <source>投稿邮箱 imaps://用户名@服务器/INBOX，或共享文件夹的路径</source>
      <translation>投稿邮箱 imaps://用户名@服务器/INBOX，或共享文件夹的路径</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="147" />
      <source> 分钟</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="149" />
      <source>立即收取</source>
      <translation>立即收取</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="153" />
      <source>来源：</source>
      <translation>来源：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="155" />
      <source>每</source>
      <translation>每</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="166" />
      <source>指派通讯员…</source>
      <translation>指派通讯员…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="168" />
      <source>回复“已收到”</source>
      <translation>回复“已收到”</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="170" />
      <source>退回修改…</source>
      <translation>退回修改…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="174" />
      <source>发信服务器 smtps://用户名@服务器（空：复制到剪贴板）</source>
      <translation>发信服务器 smtps://用户名@服务器（空：复制到剪贴板）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="209" />
      <location filename="../../newsroom/ui/inbox_page.py" line="212" />
      <source>指派通讯员</source>
      <translation>指派通讯员</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="209" />
      <source>还没有人员。</source>
      <translation>还没有人员。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="212" />
      <source>这份投稿是谁的？</source>
      <translation>这份投稿是谁的？</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="226" />
      <source>退回修改</source>
      <translation>退回修改</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="226" />
      <source>修改意见（写进回信）：</source>
      <translation>修改意见（写进回信）：</translation>
    </message>
  </context>
  <context>
    <name>Intake</name>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="267" />
      <source>投稿收件箱(&amp;I)…</source>
      <translation>投稿收件箱(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="268" />
      <source>投稿邮箱与共享文件夹送来的稿件</source>
      <translation>投稿邮箱与共享文件夹送来的稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="304" />
      <source>投稿：正在收取…</source>
      <translation>投稿：正在收取…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="307" />
      <source>投稿：尚未收取</source>
      <translation>投稿：尚未收取</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="309" />
      <source>投稿：上次收取 %1</source>
      <translation>投稿：上次收取 %1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="347" />
      <source>密码</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="370" />
      <source>%1 的邮箱密码：</source>
      <translation>%1 的邮箱密码：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="375" />
      <source>需要邮箱密码：请在投稿收件箱中点“立即收取”</source>
      <translation>需要邮箱密码：请在投稿收件箱中点“立即收取”</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="425" />
      <source>新投稿 %1 份</source>
      <translation>新投稿 %1 份</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="441" />
      <source>无法指派</source>
      <translation>无法指派</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="465" />
      <source>回复</source>
      <translation>回复</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="466" />
      <source>没有设置发信服务器：回信已复制到剪贴板，请用邮件程序发给 %1。</source>
      <translation>没有设置发信服务器：回信已复制到剪贴板，请用邮件程序发给 %1。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="474" />
      <source>无法发送</source>
      <translation>无法发送</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/inbox_page.py" line="479" />
      <source>发信服务器的密码：</source>
      <translation>发信服务器的密码：</translation>
    </message>
  </context>
  <context>
    <name>KnowledgeTab</name>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="57" />
      <source>筛选</source>
      <translation>筛选</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="59" />
      <source>添加</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="61" />
      <source>删除所选</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="64" />
      <source>导入 CSV/XLSX…</source>
      <translation>导入 CSV/XLSX…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="67" />
      <source>导出…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="103" />
      <source>表格 (*.csv *.tsv *.txt *.xlsx)</source>
      <translation>表格 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="111" />
      <source>无法导入</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="121" />
      <source>CSV 文件 (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="131" />
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="136" />
      <source>无法导出</source>
      <translation>无法导出</translation>
    </message>
  </context>
  <context>
    <name>LearnedTab</name>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="276" />
      <source>错误写法</source>
      <translation>错误写法</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="276" />
      <source>正确写法</source>
      <translation>正确写法</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="276" />
      <source>状态</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="276" />
      <source>改过</source>
      <translation>改过</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="277" />
      <source>采纳后命中</source>
      <translation>采纳后命中</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="277" />
      <source>例句</source>
      <translation>例句</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="288" />
      <source>采纳为本报规则</source>
      <translation>采纳为本报规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="289" />
      <source>采纳（引号、人名内也适用）</source>
      <translation>采纳（引号、人名内也适用）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="290" />
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="306" />
      <source>不采纳</source>
      <translation>不采纳</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="295" />
      <source>删除</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="305" />
      <source>已采纳（处处适用）</source>
      <translation>已采纳（处处适用）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="305" />
      <source>已采纳</source>
      <translation>已采纳</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="306" />
      <source>待定</source>
      <translation>待定</translation>
    </message>
  </context>
  <context>
    <name>ListMenu</name>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="28" />
      <source>上版到(&amp;P)…</source>
      <translation>上版到(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="29" />
      <source>把选中的稿件放到某一版的末尾</source>
      <translation>把选中的稿件放到某一版的末尾</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="68" />
      <location filename="../../newsroom/ui/list_menu.py" line="81" />
      <source>上版到</source>
      <translation>上版到</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="69" />
      <source>还没有期次和版面：先导入一份通讯稿，或在版面规划里添加版面。</source>
      <translation>还没有期次和版面：先导入一份通讯稿，或在版面规划里添加版面。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="74" />
      <source>第%1版 %2</source>
      <translation>第%1版 %2</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="78" />
      <source>第%1版（新增）</source>
      <translation>第%1版（新增）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="82" />
      <source>%1 篇稿件放到 %2 期的：</source>
      <translation>%1 篇稿件放到 %2 期的：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="95" />
      <location filename="../../newsroom/ui/list_menu.py" line="99" />
      <location filename="../../newsroom/ui/list_menu.py" line="103" />
      <source>无法上版</source>
      <translation>无法上版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="95" />
      <source>撤稿的稿件不上版。</source>
      <translation>撤稿的稿件不上版。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="99" />
      <source>选中的稿件已不在库中，请刷新列表。</source>
      <translation>选中的稿件已不在库中，请刷新列表。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/list_menu.py" line="107" />
      <source>%1 篇稿件已上版到第%2版</source>
      <translation>%1 篇稿件已上版到第%2版</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="50" />
      <location filename="../../newsroom/ui/login_dialog.py" line="59" />
      <source>登录</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="63" />
      <source>编辑部数据库：%1</source>
      <translation>编辑部数据库：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="64" />
      <source>用户名</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="65" />
      <source>密码</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/login_dialog.py" line="76" />
      <source>用户名或密码不对，或账号已停用。</source>
      <translation>用户名或密码不对，或账号已停用。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="63" />
      <source>新闻编辑部</source>
      <translation>新闻编辑部</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="116" />
      <source>修订历史</source>
      <translation>修订历史</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="267" />
      <source>导入稿件(&amp;I)…</source>
      <translation>导入稿件(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="270" />
      <source>导入通讯稿或来稿（可多选）</source>
      <translation>导入通讯稿或来稿（可多选）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="273" />
      <source>打开数据库(&amp;O)…</source>
      <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="276" />
      <source>连接服务器(&amp;C)…</source>
      <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="278" />
      <source>多岗位共用的 PostgreSQL 编辑部数据库</source>
      <translation>多岗位共用的 PostgreSQL 编辑部数据库</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="280" />
      <source>账号管理(&amp;M)…</source>
      <translation>账号管理(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="281" />
      <source>首选项(&amp;P)…</source>
      <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="282" />
      <source>退出(&amp;Q)</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="283" />
      <source>保存(&amp;S)</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="286" />
      <source>撤销(&amp;U)</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="289" />
      <source>重做(&amp;R)</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="291" />
      <source>新建稿件(&amp;N)</source>
      <translation>新建稿件(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="293" />
      <source>复制稿件(&amp;D)</source>
      <translation>复制稿件(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="295" />
      <source>撤稿(&amp;K)</source>
      <translation>撤稿(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="296" />
      <location filename="../../newsroom/ui/main_window.py" line="667" />
      <source>删除稿件</source>
      <translation>删除稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="298" />
      <source>版面(&amp;L)…</source>
      <translation>版面(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="298" />
      <source>各版稿件顺序、字数与导出</source>
      <translation>各版稿件顺序、字数与导出</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="301" />
      <source>通讯员与记者(&amp;P)…</source>
      <translation>通讯员与记者(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="311" />
      <source>文件(&amp;F)</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="321" />
      <source>编辑(&amp;E)</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="334" />
      <source>稿件(&amp;A)</source>
      <translation>稿件(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="354" />
      <source>视图(&amp;V)</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="361" />
      <source>工具栏</source>
      <translation>工具栏</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="376" />
      <source>新建</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="377" />
      <source>保存</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="378" />
      <source>复制</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="379" />
      <source>撤稿</source>
      <translation>撤稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="380" />
      <source>通讯员</source>
      <translation>通讯员</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="381" />
      <source>版面</source>
      <translation>版面</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="496" />
      <source>共 %1 篇</source>
      <translation>共 %1 篇</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="498" />
      <source>显示 %1 / 共 %2 篇</source>
      <translation>显示 %1 / 共 %2 篇</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="503" />
      <source>待初审 %1 篇</source>
      <translation>待初审 %1 篇</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="581" />
      <source>不能改变状态</source>
      <translation>不能改变状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="582" />
      <source>不能从“%1”直接改为“%2”。</source>
      <translation>不能从“%1”直接改为“%2”。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="591" />
      <source>无法修改</source>
      <translation>无法修改</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="375" />
      <source>导入</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="305" />
      <source>筛选稿件列表(&amp;L)</source>
      <translation>筛选稿件列表(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="627" />
      <source>新稿件</source>
      <translation>新稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="629" />
      <source>无法新建</source>
      <translation>无法新建</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="643" />
      <source>无法复制</source>
      <translation>无法复制</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="660" />
      <source>无法撤稿</source>
      <translation>无法撤稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="667" />
      <source>永久删除这篇已撤稿的稿件？</source>
      <translation>永久删除这篇已撤稿的稿件？</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="674" />
      <source>无法删除</source>
      <translation>无法删除</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="714" />
      <source>未保存的修改</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="715" />
      <source>这篇稿件有未保存的修改。保存吗？</source>
      <translation>这篇稿件有未保存的修改。保存吗？</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="737" />
      <source>恢复未保存的修改</source>
      <translation>恢复未保存的修改</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="738" />
      <source>上次退出时有 %1 篇稿件的修改未保存。现在恢复吗？</source>
      <translation>上次退出时有 %1 篇稿件的修改未保存。现在恢复吗？</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/main_window.py" line="693" />
      <source>当前数据库</source>
      <translation>当前数据库</translation>
    </message>
  </context>
  <context>
    <name>PagePlanner</name>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="68" />
      <source>版面</source>
      <translation>版面</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="75" />
      <source>样式表有误</source>
      <translation>样式表有误</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="86" />
      <source>新增一版</source>
      <translation>新增一版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="87" />
      <source>导出本版…</source>
      <translation>导出本版…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="88" />
      <source>导出整期…</source>
      <translation>导出整期…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="89" />
      <source>导出网页…</source>
      <translation>导出网页…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="91" />
      <source>整期每篇稿件一个网页，另有目录页：供网站和公众号编辑器使用</source>
      <translation>整期每篇稿件一个网页，另有目录页：供网站和公众号编辑器使用</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="93" />
      <source>审校签字单…</source>
      <translation>审校签字单…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="95" />
      <source>所选版面的审校签字单：每篇稿件的三审、三校、签名和时间</source>
      <translation>所选版面的审校签字单：每篇稿件的三审、三校、签名和时间</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="98" />
      <source>版面预览</source>
      <translation>版面预览</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="99" />
      <source>排版稿（单栏）</source>
      <translation>排版稿（单栏）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="169" />
      <source>[图片]</source>
      <translation>[图片]</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="171" />
      <source>%1（%2字）</source>
      <translation>%1（%2字）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="187" />
      <source>未上版稿件（%1 篇，已签发的在前）</source>
      <translation>未上版稿件（%1 篇，已签发的在前）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="194" />
      <source>超版</source>
      <translation>超版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="194" />
      <source>欠版</source>
      <translation>欠版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="194" />
      <source>合适</source>
      <translation>合适</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="197" />
      <source>第%1版%2　%3 字 · %4/%5 行 · %6</source>
      <translation>第%1版%2　%3 字 · %4/%5 行 · %6</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="246" />
      <location filename="../../newsroom/ui/page_planner.py" line="256" />
      <source>无法调整版面</source>
      <translation>无法调整版面</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="271" />
      <location filename="../../newsroom/ui/page_planner.py" line="277" />
      <source>导出本版</source>
      <translation>导出本版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="271" />
      <location filename="../../newsroom/ui/page_planner.py" line="377" />
      <source>请先选择一个版面。</source>
      <translation>请先选择一个版面。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="277" />
      <location filename="../../newsroom/ui/page_planner.py" line="387" />
      <source>Word 文档 (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="284" />
      <location filename="../../newsroom/ui/page_planner.py" line="331" />
      <location filename="../../newsroom/ui/page_planner.py" line="365" />
      <location filename="../../newsroom/ui/page_planner.py" line="396" />
      <source>无法导出</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="287" />
      <source>第%1版已导出到：</source>
      <translation>第%1版已导出到：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="298" />
      <source>已导出</source>
      <translation>已导出</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="300" />
      <source>打开文件夹</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="311" />
      <source>导出整期到文件夹</source>
      <translation>导出整期到文件夹</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="317" />
      <source>正在导出…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="325" />
      <source>整期 %1 个版面已导出到：</source>
      <translation>整期 %1 个版面已导出到：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="353" />
      <source>导出网页到文件夹</source>
      <translation>导出网页到文件夹</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="369" />
      <source>%1 个网页（含目录页）已导出到：</source>
      <translation>%1 个网页（含目录页）已导出到：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="377" />
      <location filename="../../newsroom/ui/page_planner.py" line="385" />
      <source>审校签字单</source>
      <translation>审校签字单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/page_planner.py" line="399" />
      <source>第%1版审校签字单已导出到：</source>
      <translation>第%1版审校签字单已导出到：</translation>
    </message>
  </context>
  <context>
    <name>PeopleDialog</name>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="92" />
      <source>通讯员与记者</source>
      <translation>通讯员与记者</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="100" />
      <source>查找姓名、单位、邮箱…</source>
      <translation>查找姓名、单位、邮箱…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="110" />
      <source>合并所选的两人</source>
      <translation>合并所选的两人</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="112" />
      <source>从表格导入…</source>
      <translation>从表格导入…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="113" />
      <source>CSV 或 Excel 表格：姓名、身份、单位、邮箱、电话</source>
      <translation>CSV 或 Excel 表格：姓名、身份、单位、邮箱、电话</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="131" />
      <location filename="../../newsroom/ui/people_dialog.py" line="136" />
      <source>合并</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="131" />
      <source>请选择同一人的两条记录。</source>
      <translation>请选择同一人的两条记录。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="137" />
      <source>把“%1”合并到“%2”？署名将随之转移。</source>
      <translation>把“%1”合并到“%2”？署名将随之转移。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="146" />
      <source>无法合并</source>
      <translation>无法合并</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="155" />
      <location filename="../../newsroom/ui/people_dialog.py" line="173" />
      <source>导入人员表</source>
      <translation>导入人员表</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="155" />
      <source>表格 (*.csv *.xlsx)</source>
      <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="167" />
      <source>无法导入</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="174" />
      <source>新增 %1 人，更新 %2 人。</source>
      <translation>新增 %1 人，更新 %2 人。</translation>
    </message>
  </context>
  <context>
    <name>PeopleModel</name>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="39" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="40" />
      <source>身份</source>
      <translation>身份</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="41" />
      <source>单位</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="42" />
      <source>邮箱</source>
      <translation>邮箱</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="43" />
      <source>电话</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="44" />
      <source>联系方式</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="45" />
      <source>稿件数</source>
      <translation>稿件数</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/people_dialog.py" line="80" />
      <source>无法保存</source>
      <translation>无法保存</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="30" />
      <source>首选项</source>
      <extracomment>Proofreading families a newsroom may switch off (value in Settings.proofing_off).</extracomment>
      <translation>首选项</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="32" />
      <source>审稿、保存时记录的姓名</source>
      <translation>审稿、保存时记录的姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="35" />
      <source>跟随系统</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="39" />
      <source>默认样式表</source>
      <translation>默认样式表</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="40" />
      <source>选择…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="59" />
      <source>当前用户</source>
      <translation>当前用户</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="60" />
      <source>报纸名称（报眉）</source>
      <translation>报纸名称（报眉）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="61" />
      <source>界面语言</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="62" />
      <source>版面样式表</source>
      <translation>版面样式表</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="63" />
      <source>校对项目</source>
      <translation>校对项目</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="68" />
      <source>选择样式表</source>
      <translation>选择样式表</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/preferences_dialog.py" line="68" />
      <source>样式表 (*.toml)</source>
      <translation>样式表 (*.toml)</translation>
    </message>
  </context>
  <context>
    <name>ProofPage</name>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="49" />
      <source>校对本版…</source>
      <translation>校对本版…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="51" />
      <source>校对规则…</source>
      <translation>校对规则…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="95" />
      <source>校对本版</source>
      <translation>校对本版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="59" />
      <source>请先选择一篇稿件，并等待校对引擎准备好。</source>
      <translation>请先选择一篇稿件，并等待校对引擎准备好。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="64" />
      <source>这篇稿件还没有上版。</source>
      <translation>这篇稿件还没有上版。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="68" />
      <source>正在校对本版…</source>
      <translation>正在校对本版…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="68" />
      <source>取消</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_page.py" line="82" />
      <source>本版 %1 篇稿件，%2 处待校对</source>
      <translation>本版 %1 篇稿件，%2 处待校对</translation>
    </message>
  </context>
  <context>
    <name>ProofPane</name>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="61" />
      <location filename="../../newsroom/ui/proof_pane.py" line="124" />
      <source>校对引擎准备中…</source>
      <translation>校对引擎准备中…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="62" />
      <source>采纳建议</source>
      <translation>采纳建议</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="63" />
      <source>同类全部采纳</source>
      <translation>同类全部采纳</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="64" />
      <source>忽略</source>
      <translation>忽略</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="65" />
      <location filename="../../newsroom/ui/proof_pane.py" line="283" />
      <source>加入白名单</source>
      <translation>加入白名单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="66" />
      <source>导出校对单…</source>
      <translation>导出校对单…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="157" />
      <source>把握 %1%</source>
      <translation>把握 %1%</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="167" />
      <source>未发现问题</source>
      <translation>未发现问题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="167" />
      <source>%1 处待校对</source>
      <translation>%1 处待校对</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="181" />
      <source>（删除）</source>
      <translation>（删除）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="283" />
      <source>不再校对的词语：</source>
      <translation>不再校对的词语：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="291" />
      <source>无法加入白名单</source>
      <translation>无法加入白名单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="301" />
      <source>导出校对单</source>
      <translation>导出校对单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="302" />
      <source>校对单-%1.docx</source>
      <translation>校对单-%1.docx</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="303" />
      <source>Word 文档 (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="48" />
      <location filename="../../newsroom/ui/proof_pane.py" line="320" />
      <source>校对</source>
      <translation>校对</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="324" />
      <source>无法导出</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/proof_pane.py" line="326" />
      <source>校对单已导出：%1</source>
      <translation>校对单已导出：%1</translation>
    </message>
  </context>
  <context>
    <name>ReplaceDialog</name>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="36" />
      <location filename="../../newsroom/ui/replace_dialog.py" line="249" />
      <source>批量替换</source>
      <translation>批量替换</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="46" />
      <source>正则表达式</source>
      <translation>正则表达式</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="47" />
      <source>包括已签发、已排版稿件（总编）</source>
      <translation>包括已签发、已排版稿件（总编）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="57" />
      <source>预览</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="62" />
      <source>替换所选</source>
      <translation>替换所选</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="67" />
      <source>撤销本次替换</source>
      <translation>撤销本次替换</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="74" />
      <source>查找</source>
      <translation>查找</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="75" />
      <source>替换为</source>
      <translation>替换为</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="146" />
      <source>引题</source>
      <translation>引题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="147" />
      <source>主题</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="148" />
      <source>副题</source>
      <translation>副题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="149" />
      <source>正文</source>
      <translation>正文</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="179" />
      <source>%1 处可替换，已选 %2 处</source>
      <translation>%1 处可替换，已选 %2 处</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="182" />
      <source>；%1 篇已签发或不能修改的稿件不动</source>
      <translation>；%1 篇已签发或不能修改的稿件不动</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="201" />
      <source>预览之后有人保存了其中的稿件，请重新预览。</source>
      <translation>预览之后有人保存了其中的稿件，请重新预览。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/replace_dialog.py" line="214" />
      <source>已替换 %1 处，涉及 %2 篇稿件（替换 #%3）</source>
      <translation>已替换 %1 处，涉及 %2 篇稿件（替换 #%3）</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="168" />
      <source>通讯员统计与稿酬</source>
      <translation>通讯员统计与稿酬</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="179" />
      <source>全部单位</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="180" />
      <source>统计</source>
      <translation>统计</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="182" />
      <source>导出 XLSX…</source>
      <translation>导出 XLSX…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="187" />
      <source>从</source>
      <translation>从</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="187" />
      <source>到</source>
      <translation>到</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="188" />
      <location filename="../../newsroom/ui/report_page.py" line="216" />
      <location filename="../../newsroom/ui/report_page.py" line="223" />
      <location filename="../../newsroom/ui/report_page.py" line="230" />
      <source>单位</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="205" />
      <source>人员</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="206" />
      <source>单位与考核</source>
      <translation>单位与考核</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="207" />
      <source>稿酬</source>
      <translation>稿酬</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="216" />
      <location filename="../../newsroom/ui/report_page.py" line="230" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="216" />
      <location filename="../../newsroom/ui/report_page.py" line="230" />
      <source>角色</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="216" />
      <location filename="../../newsroom/ui/report_page.py" line="223" />
      <source>来稿</source>
      <translation>来稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="216" />
      <location filename="../../newsroom/ui/report_page.py" line="223" />
      <source>退稿</source>
      <translation>退稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="217" />
      <location filename="../../newsroom/ui/report_page.py" line="223" />
      <location filename="../../newsroom/ui/report_page.py" line="230" />
      <source>用稿</source>
      <translation>用稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="217" />
      <source>用稿(按份额)</source>
      <translation>用稿(按份额)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="217" />
      <source>用稿字数</source>
      <translation>用稿字数</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="217" />
      <location filename="../../newsroom/ui/report_page.py" line="224" />
      <source>字数(按份额)</source>
      <translation>字数(按份额)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="218" />
      <location filename="../../newsroom/ui/report_page.py" line="224" />
      <location filename="../../newsroom/ui/report_page.py" line="231" />
      <source>图片</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="218" />
      <location filename="../../newsroom/ui/report_page.py" line="224" />
      <source>一版</source>
      <translation>一版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="218" />
      <location filename="../../newsroom/ui/report_page.py" line="224" />
      <source>头条</source>
      <translation>头条</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="223" />
      <source>人数</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="225" />
      <source>考核</source>
      <translation>考核</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="225" />
      <source>完成</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="230" />
      <source>月份</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="231" />
      <source>字数</source>
      <translation>字数</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="231" />
      <source>应得(元)</source>
      <translation>应得(元)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="231" />
      <source>月封顶(元)</source>
      <translation>月封顶(元)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="232" />
      <source>实发(元)</source>
      <translation>实发(元)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="232" />
      <source>未定价</source>
      <translation>未定价</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="238" />
      <source>日期有误</source>
      <translation>日期有误</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="238" />
      <source>开始日期晚于结束日期</source>
      <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="246" />
      <source>正在统计…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="266" />
      <source>无法统计</source>
      <translation>无法统计</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="276" />
      <source>（未填单位）</source>
      <translation>（未填单位）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="282" />
      <source>达标</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="282" />
      <source>未达标</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="296" />
      <source>%1 行人员</source>
      <translation>%1 行人员</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="297" />
      <source>%1 个单位未达标</source>
      <translation>%1 个单位未达标</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="299" />
      <source>稿酬合计 %1 元</source>
      <translation>稿酬合计 %1 元</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="306" />
      <source>导出 XLSX</source>
      <translation>导出 XLSX</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="306" />
      <source>通讯员统计.xlsx</source>
      <translation>通讯员统计.xlsx</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="306" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="314" />
      <source>正在导出…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="337" />
      <source>无法导出</source>
      <translation>无法导出</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="330" />
      <source>已导出：%1</source>
      <translation>已导出：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="361" />
      <source>通讯员统计与稿酬(&amp;R)…</source>
      <translation>通讯员统计与稿酬(&amp;R)…</translation>
    </message>
  </context>
  <context>
    <name>ReturnNoteDialog</name>
    <message>
      <location filename="../../newsroom/ui/return_dialog.py" line="20" />
      <source>退回稿件</source>
      <translation>退回稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/return_dialog.py" line="22" />
      <source>写给作者：哪里要改，为什么</source>
      <translation>写给作者：哪里要改，为什么</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/return_dialog.py" line="23" />
      <source>退回稿件须填写退回意见。</source>
      <translation>退回稿件须填写退回意见。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/return_dialog.py" line="30" />
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/return_dialog.py" line="35" />
      <source>退回意见（必填）：</source>
      <translation>退回意见（必填）：</translation>
    </message>
  </context>
  <context>
    <name>RosterTab</name>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="147" />
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="157" />
      <source>姓名</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="147" />
      <source>职务</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="147" />
      <source>单位</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="147" />
      <source>任职时间</source>
      <translation>任职时间</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="148" />
      <source>离任时间</source>
      <translation>离任时间</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="148" />
      <source>排序</source>
      <translation>排序</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="150" />
      <source>领导干部名录</source>
      <translation>领导干部名录</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="155" />
      <source>不排序</source>
      <translation>不排序</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="157" />
      <source>职务，如 副书记</source>
      <translation>职务，如 副书记</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="158" />
      <source>单位，如 区委</source>
      <translation>单位，如 区委</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="158" />
      <source>任职 YYYY-MM-DD</source>
      <translation>任职 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="159" />
      <source>离任 YYYY-MM-DD</source>
      <translation>离任 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="179" />
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="186" />
      <source>无法保存</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="179" />
      <source>日期应为 YYYY-MM-DD</source>
      <translation>日期应为 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="186" />
      <source>请填写姓名和职务</source>
      <translation>请填写姓名和职务</translation>
    </message>
  </context>
  <context>
    <name>RulesDialog</name>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="35" />
      <source>校对规则</source>
      <translation>校对规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="40" />
      <location filename="../../newsroom/ui/rules_dialog.py" line="45" />
      <source>错误写法</source>
      <translation>错误写法</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="40" />
      <location filename="../../newsroom/ui/rules_dialog.py" line="46" />
      <source>正确写法</source>
      <translation>正确写法</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="40" />
      <source>说明</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="47" />
      <source>说明（可空）</source>
      <translation>说明（可空）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="48" />
      <source>添加规则</source>
      <translation>添加规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="50" />
      <source>删除所选规则</source>
      <translation>删除所选规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="54" />
      <source>不必校对的词语，如人名、口号</source>
      <translation>不必校对的词语，如人名、口号</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="55" />
      <source>加入白名单</source>
      <translation>加入白名单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="57" />
      <source>移出白名单</source>
      <translation>移出白名单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="59" />
      <source>导入 TSV…</source>
      <translation>导入 TSV…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="61" />
      <source>导出 TSV…</source>
      <translation>导出 TSV…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="74" />
      <source>本报规则（错误写法 → 正确写法）</source>
      <translation>本报规则（错误写法 → 正确写法）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="78" />
      <source>白名单</source>
      <translation>白名单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="90" />
      <source>本报规则与白名单</source>
      <translation>本报规则与白名单</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="91" />
      <source>领导干部名录</source>
      <translation>领导干部名录</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="92" />
      <source>禁用词/慎用词</source>
      <translation>禁用词/慎用词</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="93" />
      <source>从改稿学到的规则</source>
      <translation>从改稿学到的规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="121" />
      <source>无法保存</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="157" />
      <source>导入校对规则</source>
      <translation>导入校对规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="157" />
      <source>TSV 文件 (*.tsv *.txt)</source>
      <translation>TSV 文件 (*.tsv *.txt)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="167" />
      <source>无法导入</source>
      <translation>无法导入</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="173" />
      <source>导出校对规则</source>
      <translation>导出校对规则</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="173" />
      <source>TSV 文件 (*.tsv)</source>
      <translation>TSV 文件 (*.tsv)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/rules_dialog.py" line="182" />
      <location filename="../../newsroom/ui/rules_dialog.py" line="184" />
      <source>无法导出</source>
      <translation>无法导出</translation>
    </message>
  </context>
  <context>
    <name>SearchPane</name>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="66" />
      <source>搜索稿库：词语、“短语”、-排除</source>
      <translation>搜索稿库：词语、“短语”、-排除</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="69" />
      <source>全部状态</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="73" />
      <source>署名</source>
      <translation>署名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="75" />
      <source>标签</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="78" />
      <source>全部版</source>
      <translation>全部版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="79" />
      <source>第</source>
      <translation>第</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="80" />
      <source>版</source>
      <translation>版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="82" />
      <source>起始日期 2025-01-01</source>
      <translation>起始日期 2025-01-01</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="84" />
      <source>截止日期</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="86" />
      <source>已存的搜索</source>
      <translation>已存的搜索</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="88" />
      <source>存为…</source>
      <translation>存为…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="95" />
      <source>批量替换…</source>
      <translation>批量替换…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="96" />
      <source>在全部稿件中替换，先预览每一处</source>
      <translation>在全部稿件中替换，先预览每一处</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="160" />
      <source>正在搜索…</source>
      <translation>正在搜索…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="178" />
      <source>没有找到</source>
      <translation>没有找到</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="180" />
      <source>找到 %1 篇（按相关度）</source>
      <translation>找到 %1 篇（按相关度）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="185" />
      <source>搜索失败：%1</source>
      <translation>搜索失败：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="223" />
      <source>已存的搜索…</source>
      <translation>已存的搜索…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="236" />
      <source>保存搜索</source>
      <translation>保存搜索</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="236" />
      <source>名称：</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="295" />
      <source>第%1版</source>
      <translation>第%1版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="57" />
      <source>稿库搜索</source>
      <translation>稿库搜索</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/search_pane.py" line="62" />
      <source>搜索稿库(&amp;A)…</source>
      <translation>搜索稿库(&amp;A)…</translation>
    </message>
  </context>
  <context>
    <name>SidePanes</name>
    <message>
      <location filename="../../newsroom/ui/side_panes.py" line="22" />
      <source>侧栏(&amp;S)</source>
      <translation>侧栏(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/side_panes.py" line="24" />
      <source>显示或收起右侧的面板</source>
      <translation>显示或收起右侧的面板</translation>
    </message>
  </context>
  <context>
    <name>TagPane</name>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="81" />
      <source>还没有标签</source>
      <translation>还没有标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="84" />
      <source>输入标签，回车添加</source>
      <translation>输入标签，回车添加</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="93" />
      <source>添加</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="99" />
      <source>建议标签</source>
      <translation>建议标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="114" />
      <source>已加标签</source>
      <translation>已加标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="155" />
      <location filename="../../newsroom/ui/tag_pane.py" line="174" />
      <source>正在分析…</source>
      <translation>正在分析…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="190" />
      <source>没有建议</source>
      <translation>没有建议</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="195" />
      <source>无法分析：%1</source>
      <translation>无法分析：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="206" />
      <source>%1 · 相关度 %2 · 点击采用</source>
      <translation>%1 · 相关度 %2 · 点击采用</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="279" />
      <source>无法修改标签</source>
      <translation>无法修改标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="57" />
      <source>标签</source>
      <extracomment>Seconds after the pane is made before jieba may warm up.</extracomment>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="70" />
      <source>批量添加标签…</source>
      <translation>批量添加标签…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="72" />
      <source>标签词表…</source>
      <translation>标签词表…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="345" />
      <source>批量添加标签</source>
      <translation>批量添加标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="347" />
      <source>请先在列表中选择稿件。</source>
      <translation>请先在列表中选择稿件。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="350" />
      <source>给所选的 %1 篇稿件添加标签：</source>
      <translation>给所选的 %1 篇稿件添加标签：</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/tag_pane.py" line="362" />
      <source>%1 篇稿件加上了标签“%2”</source>
      <translation>%1 篇稿件加上了标签“%2”</translation>
    </message>
  </context>
  <context>
    <name>UnitChart</name>
    <message>
      <location filename="../../newsroom/ui/report_page.py" line="130" />
      <source>没有数据</source>
      <translation>没有数据</translation>
    </message>
  </context>
  <context>
    <name>VocabularyDialog</name>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="117" />
      <source>标签词表</source>
      <translation>标签词表</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="127" />
      <source>查找标签或别名…</source>
      <translation>查找标签或别名…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="140" />
      <source>合并所选的两个标签</source>
      <translation>合并所选的两个标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="159" />
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="164" />
      <source>合并</source>
      <translation>合并</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="159" />
      <source>请选择要合并的两个标签。</source>
      <translation>请选择要合并的两个标签。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="165" />
      <source>把“%1”合并到“%2”？稿件随之转移，“%1”成为别名。</source>
      <translation>把“%1”合并到“%2”？稿件随之转移，“%1”成为别名。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="174" />
      <source>无法合并</source>
      <translation>无法合并</translation>
    </message>
  </context>
  <context>
    <name>VocabularyModel</name>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="45" />
      <source>标签</source>
      <translation>标签</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="45" />
      <source>类别</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="45" />
      <source>别名</source>
      <translation>别名</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="45" />
      <source>稿件数</source>
      <translation>稿件数</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/vocabulary_dialog.py" line="87" />
      <source>无法修改标签</source>
      <translation>无法修改标签</translation>
    </message>
  </context>
  <context>
    <name>WelcomePanel</name>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="24" />
      <source>欢迎使用新闻编辑部</source>
      <translation>欢迎使用新闻编辑部</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="68" />
      <source>你还没有稿件。可以从这里开始：
· 新建一篇稿件，直接写；
· 导入写好的稿件（.txt、.docx，也可以直接拖进窗口）。</source>
      <translation>你还没有稿件。可以从这里开始：
· 新建一篇稿件，直接写；
· 导入写好的稿件（.txt、.docx，也可以直接拖进窗口）。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="76" />
      <source>这个编辑部还没有稿件。可以从这里开始：
· 导入今天的通讯稿或通讯员来稿（.txt、.docx，也可以直接拖进窗口）；
· 打开示例通讯稿，看看一版稿件导入后的样子；
· 连接编辑部共用的服务器，与其他岗位一起工作。</source>
      <translation>这个编辑部还没有稿件。可以从这里开始：
· 导入今天的通讯稿或通讯员来稿（.txt、.docx，也可以直接拖进窗口）；
· 打开示例通讯稿，看看一版稿件导入后的样子；
· 连接编辑部共用的服务器，与其他岗位一起工作。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="32" />
      <source>导入稿件…</source>
      <translation>导入稿件…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="31" />
      <source>新建稿件</source>
      <translation>新建稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="33" />
      <source>打开示例通讯稿</source>
      <translation>打开示例通讯稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="34" />
      <source>连接共享服务器…</source>
      <translation>连接共享服务器…</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/welcome.py" line="35" />
      <source>首选项…</source>
      <translation>首选项…</translation>
    </message>
  </context>
  <context>
    <name>WordsTab</name>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="215" />
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="222" />
      <source>词语</source>
      <translation>词语</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="215" />
      <source>类别</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="215" />
      <source>宜用</source>
      <translation>宜用</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="215" />
      <source>说明</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="217" />
      <source>禁用词/慎用词</source>
      <translation>禁用词/慎用词</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="223" />
      <source>宜用写法（可空）</source>
      <translation>宜用写法（可空）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="224" />
      <source>说明，校对时显示</source>
      <translation>说明，校对时显示</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="230" />
      <source>禁用词</source>
      <translation>禁用词</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="231" />
      <source>歧视性用语</source>
      <translation>歧视性用语</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="232" />
      <source>慎用词</source>
      <translation>慎用词</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/knowledge_tabs.py" line="233" />
      <source>过时用语</source>
      <translation>过时用语</translation>
    </message>
  </context>
  <context>
    <name>action</name>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="33" />
      <source>提交</source>
      <translation>提交</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="34" />
      <source>初审通过</source>
      <translation>初审通过</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="35" />
      <source>复审通过</source>
      <translation>复审通过</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="36" />
      <source>终审通过</source>
      <translation>终审通过</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="37" />
      <source>签发</source>
      <translation>签发</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="38" />
      <source>排版</source>
      <translation>排版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="39" />
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="40" />
      <source>撤稿</source>
      <translation>撤稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="41" />
      <source>重新编辑</source>
      <translation>重新编辑</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="42" />
      <source>签发后改稿</source>
      <translation>签发后改稿</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../newsroom/ui/app.py" line="49" />
      <location filename="../../newsroom/ui/app.py" line="79" />
      <source>新闻编辑部</source>
      <translation>新闻编辑部</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/app.py" line="101" />
      <source>登录</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/app.py" line="102" />
      <source>数据库密码：</source>
      <translation>数据库密码：</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <location filename="../../newsroom/ui/crash.py" line="69" />
      <source>程序出错</source>
      <translation>程序出错</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/crash.py" line="70" />
      <source>程序出现了一个意外错误。%1错误报告已写入 %2，可复制下面的内容发给技术人员。</source>
      <translation>程序出现了一个意外错误。%1错误报告已写入 %2，可复制下面的内容发给技术人员。</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/crash.py" line="73" />
      <source>未保存的修改已存为恢复记录。</source>
      <translation>未保存的修改已存为恢复记录。</translation>
    </message>
  </context>
  <context>
    <name>desk</name>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="83" />
      <source>稿件处于“%1”状态，不能%2</source>
      <translation>稿件处于“%1”状态，不能%2</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="90" />
      <source>稿件处于“%1”状态，您不能修改</source>
      <translation>稿件处于“%1”状态，您不能修改</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="96" />
      <source>角色“%1”无权%2</source>
      <translation>角色“%1”无权%2</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="103" />
      <source>%1已在本轮做过%2，同一人不能承担同一稿件的两个审级</source>
      <translation>%1已在本轮做过%2，同一人不能承担同一稿件的两个审级</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="111" />
      <source>请先在首选项中填写当前用户</source>
      <translation>请先在首选项中填写当前用户</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="115" />
      <source>退回稿件须填写退回意见</source>
      <translation>退回稿件须填写退回意见</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="117" />
      <source>这篇稿件不属于您</source>
      <translation>这篇稿件不属于您</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="120" />
      <source>您的角色不能撰写稿件</source>
      <translation>您的角色不能撰写稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="124" />
      <source>只有编辑可以删除稿件</source>
      <translation>只有编辑可以删除稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="128" />
      <source>只能删除已撤稿的稿件</source>
      <translation>只能删除已撤稿的稿件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="132" />
      <source>稿件 #%1 不存在</source>
      <translation>稿件 #%1 不存在</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="136" />
      <source>未知的操作：%1</source>
      <translation>未知的操作：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="140" />
      <source>未知的稿件状态：%1</source>
      <translation>未知的稿件状态：%1</translation>
    </message>
  </context>
  <context>
    <name>ingest</name>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="31" />
      <source>空文件</source>
      <translation>空文件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="32" />
      <source>不是文本文件（二进制数据）</source>
      <translation>不是文本文件（二进制数据）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="33" />
      <source>文件只有空白，没有文字</source>
      <translation>文件只有空白，没有文字</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="34" />
      <source>无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）</source>
      <translation>无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="37" />
      <source>有字节顺序标记，却不是有效的 %1 文本</source>
      <translation>有字节顺序标记，却不是有效的 %1 文本</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="38" />
      <source>文件不存在</source>
      <translation>文件不存在</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="39" />
      <source>是文件夹，不是文件</source>
      <translation>是文件夹，不是文件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="40" />
      <source>不是普通文件</source>
      <translation>不是普通文件</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="41" />
      <source>文件太大（%1 字节，上限 %2 MB）</source>
      <translation>文件太大（%1 字节，上限 %2 MB）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="42" />
      <source>文件太大</source>
      <translation>文件太大</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="43" />
      <source>无法读取文件（%1）</source>
      <translation>无法读取文件（%1）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="44" />
      <source>损坏的 .docx 文件（%1）</source>
      <translation>损坏的 .docx 文件（%1）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="45" />
      <source>文档设了密码，请去掉密码后另存</source>
      <translation>文档设了密码，请去掉密码后另存</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="46" />
      <source>这是旧版 Word .doc 文件，请另存为 .docx</source>
      <translation>这是旧版 Word .doc 文件，请另存为 .docx</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="47" />
      <source>不是 .docx 文件（不是 zip 包）</source>
      <translation>不是 .docx 文件（不是 zip 包）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="48" />
      <source>不是 Word 文档（%1）</source>
      <translation>不是 Word 文档（%1）</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="49" />
      <source>没有找到文字</source>
      <translation>没有找到文字</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="50" />
      <source>不能读取 %1 文件，请将来稿另存为 .docx</source>
      <translation>不能读取 %1 文件，请将来稿另存为 .docx</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="51" />
      <source>已拒绝：%1</source>
      <translation>已拒绝：%1</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/messages.py" line="30" />
      <source>%1：%2</source>
      <translation>%1：%2</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="50" />
      <source>主题</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="51" />
      <source>地点</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="52" />
      <source>机构</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="53" />
      <source>人物</source>
      <translation>人物</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="54" />
      <source>引题</source>
      <translation>引题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="55" />
      <source>副题</source>
      <translation>副题</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="56" />
      <source>正文</source>
      <translation>正文</translation>
    </message>
  </context>
  <context>
    <name>role</name>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="44" />
      <source>通讯员</source>
      <translation>通讯员</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="45" />
      <source>编辑</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="46" />
      <source>总编/值班主任</source>
      <translation>总编/值班主任</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="47" />
      <source>排版</source>
      <translation>排版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="48" />
      <source>管理员</source>
      <translation>管理员</translation>
    </message>
  </context>
  <context>
    <name>status</name>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="23" />
      <source>草稿</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="24" />
      <source>已提交</source>
      <translation>已提交</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="25" />
      <source>初审</source>
      <translation>初审</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="26" />
      <source>复审</source>
      <translation>复审</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="27" />
      <source>终审</source>
      <translation>终审</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="28" />
      <source>已签发</source>
      <translation>已签发</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="29" />
      <source>已排版</source>
      <translation>已排版</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="30" />
      <source>退回</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="../../newsroom/ui/labels.py" line="31" />
      <source>撤稿</source>
      <translation>撤稿</translation>
    </message>
  </context>
</TS>
