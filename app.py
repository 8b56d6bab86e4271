"""Streamlit page: wires widgets to functions in ``chains``; no business logic here."""

import streamlit as st

st.set_page_config(page_title="绩效自评报告助手", page_icon="📊", layout="wide")
st.title("绩效自评报告助手")
st.caption("起草、核对数字、检索范文 —— 项目支出绩效自评报告")
